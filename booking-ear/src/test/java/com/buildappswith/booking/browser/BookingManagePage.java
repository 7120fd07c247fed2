package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;

/** One booking's page, {@code /booking/manage/{id}}: details, terms, timeline, cancel and move. */
final class BookingManagePage {

    private final Browser browser;

    private BookingManagePage(Browser browser) {
        this.browser = browser;
    }

    static BookingManagePage open(Browser browser, long bookingId) {
        browser.open("/booking/manage/" + bookingId);
        return new BookingManagePage(browser);
    }

    static BookingManagePage shown(Browser browser) {
        return new BookingManagePage(browser);
    }

    String time() {
        return text("booking-time");
    }

    String cancellationTerms() {
        return text("cancellation-terms");
    }

    String reschedulingTerms() {
        return text("rescheduling-terms");
    }

    String timeline() {
        return text("timeline");
    }

    /** Asks to cancel; the preview of the refund appears, whose words this returns. */
    String startCancel() {
        browser.clickInPlace("manage:start-cancel");
        return waitFor(By.id("preview-text")).getText();
    }

    /** Confirms the cancellation; the browser lands on the dashboard. */
    MyBookingsPage confirmCancel() {
        browser.click("manage:confirm-cancel");
        return MyBookingsPage.shown(browser);
    }

    /** Opens the week of free times to move to. */
    void startReschedule() {
        browser.clickInPlace("manage:start-reschedule");
        waitFor(By.id("slot-days"));
    }

    /** Whether the week shown offers {@code start}. */
    boolean offers(Instant start) {
        return !browser.driver().findElements(slot(start)).isEmpty();
    }

    void showNextWeek() {
        browser.clickInPlace("manage:next-week");
        waitFor(By.id("slot-days"));
    }

    /** Chooses the free time and confirms the move; the page updates in place and says where it moved. */
    void moveTo(Instant start) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(slot(start)).click();
                    return true;
                });
        waitFor(By.id("manage:confirm-reschedule")).click();
        browser.waitForText("Moved to");
    }

    private static By slot(Instant start) {
        return By.cssSelector("button.slot[data-start='" + start + "']");
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private WebElement waitFor(By element) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(element).stream().filter(WebElement::isDisplayed).findFirst()
                        .orElse(null));
    }
}
