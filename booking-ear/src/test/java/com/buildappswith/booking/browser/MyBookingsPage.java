package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import java.util.List;
import java.util.Optional;

/** The client's dashboard, {@code /booking/manage}: upcoming and past sessions, one article per booking. */
final class MyBookingsPage {

    private final Browser browser;

    private MyBookingsPage(Browser browser) {
        this.browser = browser;
    }

    static MyBookingsPage open(Browser browser) {
        browser.open("/booking/manage");
        return new MyBookingsPage(browser);
    }

    /** The dashboard as the browser shows it now (after an action redirected here). */
    static MyBookingsPage shown(Browser browser) {
        return new MyBookingsPage(browser);
    }

    /** The text of the booking's row in a section ("upcoming" or "past"), if it is listed there. */
    Optional<String> row(String section, long bookingId) {
        List<WebElement> rows = browser.driver().findElements(
                By.cssSelector("#" + section + " article[data-booking='" + bookingId + "']"));
        return rows.stream().findFirst().map(WebElement::getText);
    }

    /**
     * Follows the held booking's "Pay" link, which ends at its checkout. The list may still be redrawn for the
     * browser's zone when the link is first found, so a click on a link that was just replaced is made again.
     */
    void pay(long bookingId) {
        By link = By.cssSelector("article[data-booking='" + bookingId + "'] a.pay-link");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    driver.findElement(link).click();
                    return true;
                });
    }

    /** Opens the booking's own page from its row. */
    BookingManagePage manage(long bookingId) {
        browser.clickAndWait(browser.driver().findElement(
                By.cssSelector("article[data-booking='" + bookingId + "'] a.booking-link")));
        return BookingManagePage.shown(browser);
    }
}
