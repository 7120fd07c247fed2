package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A builder sets up what can be booked, in a real browser: a session type with their own rules, weekly hours and
 * a day off, seen on their calendar; then a client can no longer book on the day off (though the server had read
 * the builder's hours for a booking just before), and anyone asking the API for slots finds none on the day off and
 * some on the same weekday a week later. A date given its own hours and then closed all day offers nothing, and
 * hours entered until 24:00 offer a session that ends at midnight.
 */
@ExtendWith(Browser.class)
class BuilderSchedulingBrowserIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final ZoneId ADA_ZONE = ZoneId.of("America/New_York");
    private static final String CLIENT_PASSWORD = "booking around time off";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final ApiClient api = new ApiClient();

    @Test
    void builderCreatesATypeAddsHoursAndTimeOffAndNoSlotIsOfferedOnTheDayOff(Browser browser) throws Exception {
        String name = "Deep dive " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate dayOff = LocalDate.now(ADA_ZONE).plusDays(10);
        LocalDate weekLater = dayOff.plusWeeks(1);

        SignIn.as(browser, SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);
        OwnSessionTypesPage types = OwnSessionTypesPage.open(browser);
        types.createPaid(name, 45, "120.00", "USD", 10, 15, 2, 30, 15, 3);
        assertThat(browser.pageText()).contains("Saved \"" + name + "\".");
        assertThat(types.rows()).anySatisfy(row -> assertThat(row)
                .contains(name, "45 min", "USD 120.00", "10 / 15 min", "2 h", "30 days", "15 min", "Active"));
        browser.screenshot("session-type-created");

        AvailabilityEditorPage availability = AvailabilityEditorPage.open(browser);
        assertThat(availability.zoneNote()).contains("America/New_York");
        availability.addWeeklyHours(dayOff.getDayOfWeek(), "13:00", "17:00");
        assertThat(browser.pageText()).contains("Weekly hours added.");
        long ada = builderId("Ada Okafor");
        long type = sessionTypeId(name);
        String client = "scheduling-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        api.register(client, "Scheduling client", CLIENT_PASSWORD, "Europe/Berlin");
        // Booked before the day off is taken, so that the server has read Ada's hours when they change.
        Instant before = Instant.parse(slots(ada, type, weekLater, weekLater).get(0).getString("start"));
        HttpResponse<String> booked = api.book(client, CLIENT_PASSWORD, type, before, "Europe/Berlin",
                "Before the change");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        availability.takeDayOff(dayOff, "Conference");
        assertThat(browser.pageText()).contains("Time off added.");
        assertThat(availability.timeOffRows()).anySatisfy(row -> assertThat(row)
                .contains(LONG_DATE.format(dayOff) + ", 00:00 (America/New_York)", "Conference"));
        while (availability.firstShownDay().plusDays(6).isBefore(dayOff)) {
            availability.nextWeek();
        }
        assertThat(availability.showsOn(dayOff, "time-off")).isTrue();
        availability.showCalendar();
        browser.screenshot("availability-with-time-off");

        HttpResponse<String> onTheDayOff = api.book(client, CLIENT_PASSWORD, type, at(dayOff, 15), "Europe/Berlin",
                "On the day off");
        assertThat(onTheDayOff.statusCode()).as(onTheDayOff.body()).isEqualTo(422);
        assertThat(onTheDayOff.body()).contains("The builder is not available at that time.");
        List<JsonObject> slots = slots(ada, type, dayOff, weekLater);
        assertThat(slots).extracting(slot -> slot.getString("localStart"))
                .noneMatch(start -> start.startsWith(dayOff.toString()))
                .anyMatch(start -> start.startsWith(weekLater.toString()));

        SignIn.out(browser);
        browser.open("/booking/" + ada + "?type=" + type + "&tz=America/New_York&start="
                + dayOff.atTime(12, 0).atZone(ADA_ZONE).toInstant());
        browser.screenshot("booking-page-around-time-off");
        String dayOffHeading = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).format(dayOff);
        assertThat(browser.driver().findElement(By.id("week-label")).getText()).startsWith(dayOffHeading);
        assertThat(browser.driver().findElements(By.cssSelector(".slot-day h2"))).extracting(WebElement::getText)
                .isNotEmpty()
                .doesNotContain(dayOffHeading);
    }

    @Test
    void closingADateThatHadItsOwnHoursLeavesNothingToBookThatDay(Browser browser) throws Exception {
        LocalDate date = LocalDate.now(ADA_ZONE).plusDays(12);
        long ada = builderId("Ada Okafor");
        long introCall = sessionTypeId("Intro call");
        SignIn.as(browser, SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);
        AvailabilityEditorPage availability = AvailabilityEditorPage.open(browser);

        availability.saveHoursOn(date, "13:00", "15:00");
        assertThat(browser.pageText()).contains("Hours for that date saved.");
        assertThat(slots(ada, introCall, date, date)).extracting(slot -> slot.getString("localStart"))
                .isNotEmpty()
                .allMatch(start -> start.compareTo(date + "T13:00") >= 0 && start.compareTo(date + "T15:00") < 0);

        availability.closeAllDay(date);
        assertThat(browser.pageText()).contains("Hours for that date saved.");
        availability.showDates();
        browser.screenshot("availability-date-closed");

        assertThat(slots(ada, introCall, date, date)).isEmpty();
        assertThat(availability.dateRows()).filteredOn(row -> row.contains(LONG_DATE.format(date)))
                .singleElement().satisfies(row -> assertThat(row).contains("Closed"));
    }

    @Test
    void hoursEnteredUntil24OfferASessionThatEndsAtMidnight(Browser browser) throws Exception {
        String name = "Late review " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate date = LocalDate.now(ADA_ZONE).plusDays(14);
        SignIn.as(browser, SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);
        OwnSessionTypesPage.open(browser).createPaid(name, 90, "90.00", "USD", 0, 0, 2, 30, 30, 3);
        assertThat(browser.pageText()).contains("Saved \"" + name + "\".");
        AvailabilityEditorPage availability = AvailabilityEditorPage.open(browser);

        availability.addWeeklyHoursOn(date, "20:00", "24:00");

        assertThat(browser.pageText()).contains("Weekly hours added.");
        assertThat(availability.weeklyRows()).anySatisfy(row -> assertThat(row).contains(
                date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), "20:00–24:00",
                "from " + LONG_DATE.format(date), "until " + LONG_DATE.format(date)));
        availability.showWeeklyHours("20:00–24:00");
        browser.screenshot("availability-until-midnight");
        List<String> starts = slots(builderId("Ada Okafor"), sessionTypeId(name), date, date).stream()
                .map(slot -> slot.getString("localStart"))
                .toList();
        assertThat(starts).anyMatch(start -> start.startsWith(date + "T22:30"))
                .noneMatch(start -> start.compareTo(date + "T22:31") > 0);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ADA_ZONE).toInstant();
    }

    private List<JsonObject> slots(long builder, long sessionType, LocalDate from, LocalDate to) throws Exception {
        return get("api/builders/" + builder + "/slots?sessionType=" + sessionType + "&from=" + from + "&to=" + to
                + "&tz=" + ADA_ZONE.getId()).asJsonArray().getValuesAs(JsonObject.class);
    }

    private long builderId(String name) throws Exception {
        return builder(name).getJsonNumber("id").longValue();
    }

    private long sessionTypeId(String name) throws Exception {
        return builder("Ada Okafor").getJsonArray("sessionTypes").getValuesAs(JsonObject.class).stream()
                .filter(type -> type.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not offered"))
                .getJsonNumber("id").longValue();
    }

    private JsonObject builder(String name) throws Exception {
        JsonArray builders = get("api/builders?q=" + name.replace(" ", "%20")).asJsonArray();
        return builders.getJsonObject(0);
    }

    private static jakarta.json.JsonValue get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }
}
