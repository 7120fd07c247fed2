package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;

/** The builder's dashboard, {@code /builder/bookings}, filtered by the address's dates and status. */
final class BuilderBookingsDashboard {

    private final Browser browser;

    private BuilderBookingsDashboard(Browser browser) {
        this.browser = browser;
    }

    /** The bookings starting on {@code day} (the builder's calendar) in {@code status}. */
    static BuilderBookingsDashboard onDay(Browser browser, LocalDate day, String status) {
        browser.open("/builder/bookings?from=" + day + "&to=" + day + "&status=" + status);
        return new BuilderBookingsDashboard(browser);
    }

    String row(long bookingId) {
        return rowElement(bookingId).getText();
    }

    /**
     * Cancels the booking with a reason the client is told: asks first, and answers what the form said of the
     * refund before the cancellation was confirmed. The page updates in place.
     */
    String cancel(long bookingId, String reason) {
        rowElement(bookingId).findElement(By.cssSelector("button.cancel-booking")).click();
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        String preview = wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("preview-text"))).getText();
        browser.driver().findElement(By.id("bookings:reason")).sendKeys(reason);
        browser.clickInPlace("bookings:confirm-cancel");
        browser.waitForText("Cancelled ");
        return preview;
    }

    private WebElement rowElement(long bookingId) {
        return browser.driver().findElement(By.cssSelector("article[data-booking='" + bookingId + "']"));
    }
}
