package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The builder's availability editor: weekly hours, dates with other hours, time off, and the week calendar. */
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
        fillWeeklyHours(day, start, end);
        browser.click("weekly:add");
    }

    /** Weekly hours that apply on one date only. */
    void addWeeklyHoursOn(LocalDate date, String start, String end) {
        fillWeeklyHours(date.getDayOfWeek(), start, end);
        pickDate("weekly:validFrom", date);
        pickDate("weekly:validUntil", date);
        browser.click("weekly:add");
    }

    private void fillWeeklyHours(DayOfWeek day, String start, String end) {
        browser.select("weekly:day", day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        browser.type("weekly:start", start);
        browser.type("weekly:end", end);
    }

    void saveHoursOn(LocalDate date, String start, String end) {
        pickDate("dates:date", date);
        browser.type("dates:start", start);
        browser.type("dates:end", end);
        browser.click("dates:add");
    }

    void closeAllDay(LocalDate date) {
        pickDate("dates:date", date);
        WebElement closed = browser.driver().findElement(By.id("dates:closed_input"));
        if (!closed.isSelected()) {
            browser.driver().findElement(By.cssSelector("[id='dates:closed'] .ui-chkbox-box")).click();
        }
        browser.click("dates:add");
    }

    void takeDayOff(LocalDate day, String note) {
        pickDate("timeOff:first", day);
        browser.type("timeOff:note", note);
        browser.click("timeOff:add");
    }

    /**
     * Sets a date field as its picker would: the value a date input holds is an ISO date whatever the browser's
     * locale, while what one types into it follows the locale's order of day, month and year.
     */
    private void pickDate(String id, LocalDate date) {
        WebElement field = browser.driver().findElement(By.id(id));
        assertThat(field.getAttribute("type")).as(id).isEqualTo("date");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field, date.toString());
    }

    List<String> weeklyRows() {
        return rows("weekly:list");
    }

    List<String> dateRows() {
        return rows("dates:list");
    }

    List<String> timeOffRows() {
        return rows("timeOff:list");
    }

    private List<String> rows(String table) {
        return browser.driver().findElements(By.cssSelector("[id='" + table + "'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Moves the calendar forward a week, waiting for the next week's first column to show. */
    void nextWeek() {
        String firstDay = browser.driver().findElement(By.cssSelector("td.fc-timegrid-col[data-date]"))
                .getAttribute("data-date");
        browser.driver().findElement(By.cssSelector(".fc-next-button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.cssSelector("td.fc-timegrid-col[data-date]"))
                        .getAttribute("data-date").equals(firstDay));
    }

    /** Whether the calendar shows a block of the given kind (time-off, booking) in the column of {@code day}. */
    boolean showsOn(LocalDate day, String kind) {
        return !new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
            List<WebElement> blocks = driver.findElements(By.cssSelector(
                    "td.fc-timegrid-col[data-date='" + day + "'] .schedule-" + kind));
            return blocks.isEmpty() ? null : blocks;
        }).isEmpty();
    }

    /**
     * What the calendar's bookings in the column of {@code day} say (session, client, status and payment), once the
     * calendar has been moved forward to the week that shows it and shows any there, or none after 10 s: a week's
     * bookings arrive after its columns, and the calendar may draw them again while they are read.
     */
    List<String> bookingsOn(LocalDate day) {
        while (firstShownDay().plusDays(6).isBefore(day)) {
            nextWeek();
        }
        try {
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> {
                        List<String> texts = driver.findElements(By.cssSelector(
                                        "td.fc-timegrid-col[data-date='" + day + "'] .schedule-booking")).stream()
                                .map(block -> block.getAttribute("textContent"))
                                .toList();
                        return texts.isEmpty() ? null : texts;
                    });
        } catch (TimeoutException noneShown) {
            return List.of();
        }
    }

    /** Scrolls the first booking in the column of {@code day} into the middle of the view, for a screenshot of it. */
    void showBookingOn(LocalDate day) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> ((JavascriptExecutor) driver).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'}); return true;", driver.findElement(
                                By.cssSelector("td.fc-timegrid-col[data-date='" + day + "'] .schedule-booking"))));
    }

    /** Scrolls the calendar into view, for a screenshot of it. */
    void showCalendar() {
        scrollTo("calendar:schedule");
    }

    /** Scrolls the list of dates with their own hours into view, for a screenshot of it. */
    void showDates() {
        scrollTo("dates:list");
    }

    /** Scrolls the first weekly hours that read {@code text} into view, for a screenshot of them. */
    void showWeeklyHours(String text) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElements(By.cssSelector("[id='weekly:list'] tbody tr")).stream()
                        .filter(row -> row.getText().contains(text))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("No weekly hours read " + text)));
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView()", browser.driver().findElement(By.id(id)));
    }

    LocalDate firstShownDay() {
        return LocalDate.parse(browser.driver().findElement(By.cssSelector("td.fc-timegrid-col[data-date]"))
                .getAttribute("data-date"));
    }
}
