package com.buildappswith.booking.browser;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's change of a booking limit applies to the very next booking, without a restart, and is in the page's
 * log with the values before and after. The limits are put back as they were after the test, since other tests
 * book under them.
 */
@ExtendWith(Browser.class)
class LimitsConsoleBrowserIT {

    private static final String PASSWORD = "limits for everyone";
    private static final String ZONE = "Australia/Adelaide";

    private final ApiClient api = new ApiClient();
    private final AdminApi admin = new AdminApi();
    private JsonObject before;

    @BeforeEach
    void rememberTheLimits() {
        before = admin.limits();
    }

    @AfterEach
    void putTheLimitsBack() {
        admin.restoreLimits(before);
    }

    @Test
    void aLowerLimitRefusesTheNextBookingThatExceedsIt(Browser browser) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String client = "limited-" + run + "@example.com";
        api.register(client, "Limited " + run, PASSWORD, ZONE);
        List<JsonObject> slots = api.freeSlots("Sam Hughes", "Security Q&A").getValuesAs(JsonObject.class);
        long type = slots.get(0).getJsonNumber("sessionTypeId").longValue();
        HttpResponse<String> first = api.book(client, PASSWORD, type, Instant.parse(slots.get(0).getString("start")),
                ZONE, "Within the limits");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        LimitsConsolePage limits = LimitsConsolePage.open(browser);
        assertThat(limits.value("maxUpcoming")).isEqualTo(before.getInt("maxUpcoming"));
        assertThat(limits.value("holdMinutes")).isEqualTo(before.getInt("holdMinutes"));
        browser.screenshot("admin-limits-before");
        limits.set("maxUpcomingWithBuilder", 1);
        limits.set("maxUpcoming", 1);
        assertThat(limits.save()).contains("Saved. New bookings are held to these limits from now on.");
        assertThat(limits.source()).contains("saved by an admin");
        assertThat(limits.changes().get(0)).contains(SignIn.DEMO_ADMIN).contains("saved limits");
        browser.screenshot("admin-limits-saved-with-its-log");

        HttpResponse<String> second = api.book(client, PASSWORD, type,
                Instant.parse(slots.get(slots.size() - 1).getString("start")), ZONE, "One too many");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(AdminApi.object(second.body()).getString("detail")).contains("as many upcoming sessions");
        assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(contentType ->
                assertThat(contentType).startsWith("application/problem+json"));

        limits.set("maxUpcoming", 2);
        limits.set("maxUpcomingWithBuilder", 2);
        limits.save();
        HttpResponse<String> third = api.book(client, PASSWORD, type,
                Instant.parse(slots.get(slots.size() - 1).getString("start")), ZONE, "Room again");
        assertThat(third.statusCode()).as(third.body()).isEqualTo(201);
    }

    @Test
    void aNumberOutOfRangeIsToldBesideItsFieldAndNothingIsSaved(Browser browser) {
        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        LimitsConsolePage limits = LimitsConsolePage.open(browser);
        int changesBefore = limits.changes().size();

        limits.set("holdMinutes", 0);
        limits.save();
        browser.screenshot("admin-limits-out-of-range");

        assertThat(browser.driver().findElement(org.openqa.selenium.By.cssSelector(
                "[id='limits:holdMinutes'] ~ .ui-message")).getText()).contains("A hold lasts at least 1 minute.");
        assertThat(admin.limits().getInt("holdMinutes")).isEqualTo(before.getInt("holdMinutes"));
        assertThat(LimitsConsolePage.open(browser).changes()).hasSize(changesBefore);
    }
}
