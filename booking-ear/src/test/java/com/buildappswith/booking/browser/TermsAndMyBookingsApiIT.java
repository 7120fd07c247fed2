package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the API: a booking that names the terms its client was shown is refused (409, nothing written) once they
 * changed, and made under them while they stand; and a client's bookings come a page at a time, through the API
 * (bad paging parameters answered 400) and on the dashboard (bad page numbers told on the page).
 */
@ExtendWith(Browser.class)
class TermsAndMyBookingsApiIT {

    private static final String ZONE = "Asia/Kolkata";
    private static final String PASSWORD = "a sufficiently long password";

    private final ApiClient api = new ApiClient();
    private final AdminApi admin = new AdminApi();

    @Test
    void aBookingNamingTermsThatChangedIsRefusedAndNothingIsWritten() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        JsonObject policy = admin.createPolicy("Api shown " + run, 36, 6, 40, 3, 2);
        long typeId = offerFree(admin, "Api terms " + run, policy.getJsonNumber("id").longValue());
        String email = "api-terms-" + run + "@example.com";
        api.register(email, "Api terms client", PASSWORD, ZONE);
        try {
            Instant start = Instant.parse(api.freeSlots("Ada Okafor", "Api terms " + run).getJsonObject(0)
                    .getString("start"));
            JsonObject shown = get(email, "api/session-types/" + typeId + "/terms");
            assertThat(shown.getJsonNumber("policyId").longValue()).isEqualTo(policy.getJsonNumber("id").longValue());
            assertThat(shown.getString("termsFingerprint")).matches("[0-9a-f]{32}");
            assertThat(shown.getString("terms")).startsWith("Free cancellation until 1 day 12 h before the start");

            admin.editPolicy(policy, 12, 2, 25, 1, 1);
            HttpResponse<String> refused = book(email, typeId, start, shown.getJsonNumber("policyId").longValue(),
                    shown.getString("termsFingerprint"));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(AdminApi.object(refused.body()).getString("detail"))
                    .startsWith("The cancellation terms changed since you opened this page: now Free cancellation "
                            + "until 12 h before the start")
                    .endsWith("Please review them and confirm again.");
            assertThat(get(email, "api/me/bookings").getJsonNumber("upcomingTotal").longValue()).isZero();

            HttpResponse<String> half = admin.sendAs(email, PASSWORD, "POST", "api/bookings", booking(typeId, start)
                    .add("policyId", shown.getJsonNumber("policyId").longValue()).build());
            assertThat(half.statusCode()).as(half.body()).isEqualTo(400);
            assertThat(half.body()).contains("policyId and termsFingerprint go together");
            HttpResponse<String> malformed = book(email, typeId, start, 1, "not-a-fingerprint");
            assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);

            JsonObject now = get(email, "api/session-types/" + typeId + "/terms");
            assertThat(now.getString("termsFingerprint")).isNotEqualTo(shown.getString("termsFingerprint"));
            HttpResponse<String> made = book(email, typeId, start, now.getJsonNumber("policyId").longValue(),
                    now.getString("termsFingerprint"));
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            assertThat(get(email, "api/me/bookings").getJsonNumber("upcomingTotal").longValue()).isEqualTo(1);
        } finally {
            deactivate(admin, typeId);
        }
    }

    @Test
    void aClientsBookingsComeAPageAtATime(Browser browser) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String type = "Api pages " + run;
        long typeId = offerFree(admin, type, null);
        String email = "api-pages-" + run + "@example.com";
        api.register(email, "Api pages client", PASSWORD, ZONE);
        JsonObject limits = admin.limits();
        try {
            admin.restoreLimits(Json.createObjectBuilder(limits).add("maxUpcoming", 30)
                    .add("maxUpcomingWithBuilder", 30).build());
            JsonArray slots = api.freeSlots("Ada Okafor", type);
            assertThat(slots.size()).isGreaterThanOrEqualTo(23);
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                HttpResponse<String> booked = admin.sendAs(email, PASSWORD, "POST", "api/bookings",
                        booking(typeId, Instant.parse(slots.getJsonObject(i).getString("start"))).build());
                assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
                made.add(AdminApi.object(booked.body()).getJsonNumber("id").longValue());
            }

            JsonObject first = get(email, "api/me/bookings");
            assertThat(first.getJsonNumber("upcomingTotal").longValue()).isEqualTo(23);
            assertThat(first.getInt("page")).isEqualTo(1);
            assertThat(first.getInt("size")).isEqualTo(20);
            assertThat(ids(first)).containsExactlyElementsOf(made.subList(0, 20));
            assertThat(ids(get(email, "api/me/bookings?page=2"))).containsExactlyElementsOf(made.subList(20, 23));
            assertThat(ids(get(email, "api/me/bookings?page=3&size=10"))).containsExactlyElementsOf(made.subList(20,
                    23));
            assertThat(ids(get(email, "api/me/bookings?page=9"))).isEmpty();

            ApiCalls calls = new ApiCalls(email, PASSWORD);
            calls.refused("GET", "api/me/bookings?page=0", null, "page '0' is not a whole number from 1 to 100000");
            calls.refused("GET", "api/me/bookings?page=two", null, "page 'two' is not a whole number");
            calls.refused("GET", "api/me/bookings?size=101", null, "size '101' is not a whole number from 1 to 100");
            calls.refused("GET", "api/me/bookings?size=0", null, "size '0' is not a whole number from 1 to 100");

            SignIn.as(browser, email, PASSWORD);
            // The zone in the address: the browser's detection would otherwise redraw the page under the click.
            browser.open("/booking/manage?tz=Asia%2FKolkata");
            assertThat(browser.driver().findElements(By.cssSelector("#upcoming article[data-booking]"))).hasSize(20);
            assertThat(browser.driver().findElement(By.id("upcoming-position")).getText()).isEqualTo("Page 1 of 2");
            browser.click("bookings:upcoming-next");
            assertThat(browser.driver().findElements(By.cssSelector("#upcoming article[data-booking]"))).hasSize(3);
            assertThat(browser.driver().getCurrentUrl()).contains("upcoming=2");
            browser.screenshot("my-bookings-second-page");
            browser.open("/booking/manage?tz=Asia%2FKolkata&upcoming=abc&past=9");
            assertThat(browser.pageText()).contains("\"abc\" is not a page of upcoming sessions")
                    .contains("There is no page 9 of past sessions: there is 1.");
            assertThat(browser.driver().findElements(By.cssSelector("#upcoming article[data-booking]"))).hasSize(20);
        } finally {
            admin.restoreLimits(limits);
            deactivate(admin, typeId);
        }
    }

    private static List<Long> ids(JsonObject bookings) {
        return bookings.getJsonArray("upcoming").getValuesAs(JsonObject.class).stream()
                .map(booking -> booking.getJsonNumber("id").longValue())
                .toList();
    }

    private HttpResponse<String> book(String email, long typeId, Instant start, long policyId, String fingerprint) {
        return admin.sendAs(email, PASSWORD, "POST", "api/bookings", booking(typeId, start)
                .add("policyId", policyId).add("termsFingerprint", fingerprint).build());
    }

    private static JsonObjectBuilder booking(long typeId, Instant start) {
        return Json.createObjectBuilder().add("sessionTypeId", typeId).add("start", start.toString())
                .add("timezone", ZONE).add("purpose", "Terms and pages");
    }

    private JsonObject get(String email, String path) {
        HttpResponse<String> answer = admin.sendAs(email, PASSWORD, "GET", path, null);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return AdminApi.object(answer.body());
    }

    /** A free 30-minute session type of the demo builder, under {@code policyId} (null: the site default). */
    static long offerFree(AdminApi admin, String name, Long policyId) {
        JsonObjectBuilder type = Json.createObjectBuilder().add("name", name).add("description", "For one test.")
                .add("durationMinutes", 30).add("bufferBeforeMinutes", 0).add("bufferAfterMinutes", 0)
                .add("minimumNoticeMinutes", 240).add("horizonDays", 30).add("stepMinutes", 30).add("capacity", 1);
        if (policyId != null) {
            type.add("policyId", policyId);
        }
        HttpResponse<String> created = admin.sendAs(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD, "POST",
                "api/me/session-types", type.build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return AdminApi.object(created.body()).getJsonNumber("id").longValue();
    }

    /** Takes the test's type off the demo builder's page again. */
    static void deactivate(AdminApi admin, long typeId) {
        HttpResponse<String> off = admin.sendAs(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD, "PUT",
                "api/me/session-types/" + typeId + "/active", Json.createObjectBuilder().add("active", false).build());
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    }

    static long adaId(ApiClient api) throws Exception {
        HttpResponse<String> found = api.get("api/builders?q=Ada%20Okafor");
        return Json.createReader(new StringReader(found.body())).readArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }
}
