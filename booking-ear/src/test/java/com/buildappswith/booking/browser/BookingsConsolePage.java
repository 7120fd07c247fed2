package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The admin console's booking search and the page of one booking it opens, with its cancellation. */
final class BookingsConsolePage {

    private final Browser browser;

    private BookingsConsolePage(Browser browser) {
        this.browser = browser;
    }

    static BookingsConsolePage open(Browser browser) {
        browser.open("/admin/users.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#admin-nav a[href*='bookings']")));
        return new BookingsConsolePage(browser);
    }

    /** Searches by client text, and waits until the results are those of the search. */
    void searchClient(String client) {
        browser.type("search:client", client);
        WebElement results = browser.driver().findElement(By.id("results:bookings"));
        browser.clickInPlace("search:find");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(results));
    }

    List<String> rows() {
        return browser.driver().findElements(By.cssSelector("[id='results:bookings'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Opens the booking in the row that shows {@code text}. */
    void openBooking(String text) {
        browser.clickAndWait(AdminConsole.row(browser, "results:bookings", text)
                .findElement(By.cssSelector("a.open-booking")));
    }

    /** The admin's page of booking {@code id}, opened by its address. */
    static void openBooking(Browser browser, long id) {
        browser.open("/admin/booking.xhtml?id=" + id);
    }

    /** The booking page's status badge. */
    static String status(Browser browser) {
        return browser.driver().findElement(By.cssSelector("#summary .booking-status")).getText();
    }

    static String terms(Browser browser) {
        return browser.driver().findElement(By.id("booking-terms")).getText();
    }

    /** The heading over the terms: "Cancellation terms: Standard". */
    static String termsHeading(Browser browser) {
        return browser.driver().findElements(By.tagName("h2")).stream().map(WebElement::getText)
                .filter(text -> text.startsWith("Cancellation terms")).findFirst().orElse("");
    }

    /** Asks what cancelling would do; the preview's words. */
    static String previewCancellation(Browser browser) {
        browser.clickInPlace("cancel:preview");
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("cancel-preview"))).getText();
    }

    /** Cancels with {@code reason} after the preview, and waits for the page to answer. */
    static void cancel(Browser browser, String reason) {
        browser.type("cancel:reason", reason);
        WebElement form = browser.driver().findElement(By.id("cancel"));
        browser.clickInPlace("cancel:confirm-cancel");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(form));
    }

    static String timeline(Browser browser) {
        return browser.driver().findElement(By.id("booking-timeline")).getText();
    }
}
