package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A builder's booking page ({@code /booking/{builderId}}) with one session type and one free time chosen. */
final class BookSessionPage {

    private final Browser browser;

    private BookSessionPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * The booking page opened as the calendar opens it, with the session type, the viewer's zone and a start
     * chosen, once it shows that start as chosen.
     */
    static BookSessionPage withSlotChosen(Browser browser, long builderId, long sessionTypeId, String zone,
                                          Instant start) {
        browser.open("/booking/" + builderId + "?type=" + sessionTypeId + "&tz=" + encoded(zone) + "&start="
                + encoded(start.toString()));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("booking-details")).isEmpty());
        return new BookSessionPage(browser);
    }

    /** The booking page for the week that holds {@code start}, whatever it offers then. */
    static BookSessionPage weekOf(Browser browser, long builderId, long sessionTypeId, String zone, Instant start) {
        browser.open("/booking/" + builderId + "?type=" + sessionTypeId + "&tz=" + encoded(zone) + "&start="
                + encoded(start.toString()));
        return new BookSessionPage(browser);
    }

    /** Whether the week shown offers a slot starting at {@code start}. */
    boolean offers(Instant start) {
        return !browser.driver().findElements(By.cssSelector("button.slot[data-start='" + start + "']")).isEmpty();
    }

    /** What the confirmation says of the payment that follows. */
    String paymentNote() {
        return browser.driver().findElement(By.id("payment-follows")).getText();
    }

    String price() {
        return browser.driver().findElement(By.id("chosen-price")).getText();
    }

    /** Confirms with a purpose, and follows the page wherever it sends the browser (the checkout, for a paid one). */
    void confirm(String purpose) {
        browser.type("booking:purpose", purpose);
        browser.click("booking:confirm");
    }

    /** Whether the page says the payment could not be started and offers to try again. */
    boolean offersPaymentAgain() {
        List<WebElement> retry = browser.driver().findElements(By.id("booking:retry-payment"));
        return !retry.isEmpty();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
