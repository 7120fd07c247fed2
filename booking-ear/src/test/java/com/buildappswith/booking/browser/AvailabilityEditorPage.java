package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The builder's availability editor: weekly hours, time off, and the week calendar below them. */
final class AvailabilityEditorPage {

    private final Browser browser;

    AvailabilityEditorPage(Browser browser) {
        this.browser = browser;
    }

    static AvailabilityEditorPage open(Browser browser) {
        browser.clickAndWait(browser.driver().findElement(By.linkText("Availability")));
        return new AvailabilityEditorPage(browser);
    }

    String zoneNote() {
        return browser.driver().findElement(By.id("zone-note")).getText();
    }

    void addWeeklyHours(DayOfWeek day, String start, String end) {
        browser.select("weekly:day", day.name());
        browser.type("weekly:start", start);
        browser.type("weekly:end", end);
        browser.click("weekly:add");
    }

    void takeDayOff(LocalDate day, String note) {
        browser.type("timeOff:first", day.toString());
        browser.type("timeOff:note", note);
        browser.click("timeOff:add");
    }

    List<String> timeOffRows() {
        return browser.driver().findElements(By.cssSelector("[id='timeOff:list'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Moves the calendar forward a week, waiting for the next week's first column to show. */
    void nextWeek() {
        String firstDay = browser.driver().findElement(By.cssSelector("td.fc-timegrid-col[data-date]"))
                .getAttribute("data-date");
        browser.driver().findElement(By.cssSelector(".fc-next-button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> !driver
                .findElement(By.cssSelector("td.fc-timegrid-col[data-date]")).getAttribute("data-date")
                .equals(firstDay));
    }

    /** Whether the calendar shows a block of the given kind (time-off, booking) in the column of {@code day}. */
    boolean showsOn(LocalDate day, String kind) {
        return !new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
            List<WebElement> blocks = driver.findElements(By.cssSelector(
                    "td.fc-timegrid-col[data-date='" + day + "'] .schedule-" + kind));
            return blocks.isEmpty() ? null : blocks;
        }).isEmpty();
    }

    /** Scrolls the calendar into view, for a screenshot of it. */
    void showCalendar() {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView()", browser.driver().findElement(By.id("calendar:schedule")));
    }

    LocalDate firstShownDay() {
        return LocalDate.parse(browser.driver().findElement(By.cssSelector("td.fc-timegrid-col[data-date]"))
                .getAttribute("data-date"));
    }
}
