package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * The booking's result page ({@code /booking/{builderId}/success?booking=...}): what was booked and where its
 * payment stands, as the two parties see it.
 */
final class BookingResultPage {

    private final Browser browser;

    private BookingResultPage(Browser browser) {
        this.browser = browser;
    }

    /** The result page the browser is on; fails unless it is one. */
    static BookingResultPage arrived(Browser browser) {
        if (!browser.path().matches("/booking/\\d+/success")) {
            throw new AssertionError("expected the booking's result page, not " + browser.driver().getCurrentUrl());
        }
        return new BookingResultPage(browser);
    }

    static BookingResultPage open(Browser browser, long builderId, long bookingId) {
        browser.open("/booking/" + builderId + "/success?booking=" + bookingId);
        return arrived(browser);
    }

    /** The heading, which says the outcome: "Booked and paid", "Waiting for payment confirmation", ... */
    String outcome() {
        return browser.heading();
    }

    /** The payment's status as the page's badge names it (its constant, such as PAID). */
    String paymentStatus() {
        return browser.driver().findElement(By.cssSelector(".payment-status")).getAttribute("data-status");
    }

    String amount() {
        return text("payment-amount");
    }

    String bookingStatus() {
        return browser.driver().findElement(By.cssSelector(".booking-status")).getAttribute("data-status");
    }

    /** Whether the page says that no real money moved. */
    boolean saysTestMode() {
        return !browser.driver().findElements(By.id("test-mode-banner")).isEmpty();
    }

    /** Waits until the page, updating itself, no longer waits for the payment to be confirmed. */
    BookingResultPage waitUntilSettled() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("payment-waiting")).isEmpty());
        return this;
    }

    String text(String id) {
        List<WebElement> found = browser.driver().findElements(By.id(id));
        if (found.isEmpty()) {
            throw new AssertionError("no #" + id + " on the result page: " + browser.pageText());
        }
        return found.get(0).getText();
    }
}
