package com.buildappswith.booking.browser;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins edit cancellation policies in the console: an edit of the site default applies to bookings made after it
 * while a booking made before keeps the terms it was made under; a stale edit is told and overwrites nothing; terms
 * that contradict themselves are explained at the form; each change is in the page's log. The site default is put
 * back to Standard after each test, since other tests book under it.
 */
@ExtendWith(Browser.class)
class PolicyConsoleBrowserIT {

    private static final String PASSWORD = "cancellation terms";
    private static final String ZONE = "Asia/Tokyo";
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final ApiClient api = new ApiClient();
    private final AdminApi admin = new AdminApi();

    @AfterEach
    void putTheStandardDefaultBack() {
        admin.makeSiteDefault(AdminApi.STANDARD_POLICY);
    }

    @Test
    void anEditOfTheDefaultPolicyAppliesToNewBookingsWhileAnOldOneKeepsItsTerms(Browser browser) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "House rules " + run;
        String renamed = "House rules revised " + run;
        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        PoliciesConsolePage policies = PoliciesConsolePage.open(browser);
        policies.fill(name, 72, 24, 30, 12, 1, true);
        policies.save();
        assertThat(policies.message()).contains("Saved \"" + name + "\".");
        assertThat(policies.row(name)).contains("Free cancellation until 3 days before the start; 30 % back until "
                + "1 day before; nothing back after that. Moves until 12 h before, at most once.")
                .contains("Published");
        assertThat(policies.makeSiteDefault(name)).startsWith("Make " + name + " the site default?");
        assertThat(policies.row(name)).contains("Site default");
        browser.screenshot("admin-policy-made-site-default");

        List<JsonObject> slots = api.freeSlots("Mei Tanaka", "Quick question").getValuesAs(JsonObject.class);
        String client = "terms-" + run + "@example.com";
        api.register(client, "Terms " + run, PASSWORD, ZONE);
        Instant oldStart = Instant.parse(slots.get(ThreadLocalRandom.current().nextInt(slots.size() / 2))
                .getString("start"));
        long old = booked(api.book(client, PASSWORD, sessionType(slots), oldStart, ZONE, "Booked before the edit"));

        policies.edit(name);
        policies.fill(renamed, 96, 48, 20, 6, 3, true);
        policies.save();
        assertThat(policies.message()).contains("Saved \"" + renamed + "\".");
        assertThat(policies.row(renamed)).contains("Free cancellation until 4 days before the start")
                .contains("Site default");
        assertThat(policies.changes().get(0)).contains(SignIn.DEMO_ADMIN).contains("edited")
                .contains("free until 4320 min before").contains("free until 5760 min before");
        assertThat(policies.changes().get(1)).contains("made site default").contains(name);
        assertThat(policies.changes().get(2)).contains(SignIn.DEMO_ADMIN).contains("created").contains(name);
        browser.screenshot("admin-policy-edited-with-its-log");

        Instant newStart = Instant.parse(slots.get(slots.size() - 1).getString("start"));
        long made = booked(api.book(client, PASSWORD, sessionType(slots), newStart, ZONE, "Booked after the edit"));

        assertTerms(browser, old, name, oldStart, 72, "30 % refund until ", 24);
        browser.screenshot("admin-old-booking-keeps-its-terms");
        assertTerms(browser, made, renamed, newStart, 96, "20 % refund until ", 48);
        browser.screenshot("admin-new-booking-has-the-new-terms");
    }

    /**
     * The admin's page of a booking states the policy and its windows as the client was told them, the first two
     * measured back from the start.
     */
    private static void assertTerms(Browser browser, long booking, String policy, Instant start, int freeHours,
                                    String tier, int tierHours) {
        BookingsConsolePage.openBooking(browser, booking);
        assertThat(BookingsConsolePage.termsHeading(browser)).isEqualTo("Cancellation terms: " + policy);
        assertThat(BookingsConsolePage.terms(browser))
                .contains("Free cancellation until " + shown(start.minus(Duration.ofHours(freeHours))))
                .contains(tier + shown(start.minus(Duration.ofHours(tierHours))))
                .contains("No refund from then until the start, " + shown(start));
    }

    @Test
    void anEditSavedByAColleagueFirstIsToldAndNotOverwritten(Browser first, Browser second) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "Contested " + run;
        admin.createPolicy(name, 48, 24, 50, 24, 2);
        SignIn.as(first, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        SignIn.as(second, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        PoliciesConsolePage mine = PoliciesConsolePage.open(first);
        PoliciesConsolePage theirs = PoliciesConsolePage.open(second);
        mine.edit(name);
        theirs.edit(name);

        theirs.fill(name, 24, 12, 50, 24, 2, true);
        theirs.save();
        assertThat(theirs.message()).contains("Saved");
        mine.fill(name, 96, 24, 50, 24, 2, true);
        mine.save();
        first.screenshot("admin-policy-stale-edit");

        assertThat(mine.message()).contains("changed by someone else a moment ago");
        assertThat(first.driver().findElement(org.openqa.selenium.By.id("policy:freeNotice")).getAttribute("value"))
                .as("what the admin typed stays in the form").isEqualTo("96");
        assertThat(PoliciesConsolePage.open(first).row(name)).contains("Free cancellation until 1 day before");
    }

    @Test
    void termsThatContradictThemselvesAreExplainedAtTheFormAndNothingIsSaved(Browser browser) {
        String name = "Upside down " + UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(browser, SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD);
        PoliciesConsolePage policies = PoliciesConsolePage.open(browser);

        policies.fill(name, 24, 48, 50, 12, 1, true);
        policies.save();
        browser.screenshot("admin-policy-contradiction");

        assertThat(policies.message()).contains("A refund tier needs less notice than free cancellation");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("policies:list")).getText())
                .doesNotContain(name);
        assertThat(policies.changes()).noneMatch(change -> change.contains(name));
    }

    @Test
    void nobodyButAnAdminReachesThePoliciesOrLimits(Browser browser) {
        HttpResponse<String> anonymous = admin.sendAs(null, null, "GET", "api/admin/policies", null);
        HttpResponse<String> client = admin.sendAs(SignIn.DEMO_CLIENT, SignIn.DEMO_PASSWORD, "GET",
                "api/admin/limits", null);
        HttpResponse<String> builder = admin.sendAs(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD, "POST",
                "api/admin/policies/1/site-default", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(client.statusCode()).isEqualTo(403);
        assertThat(client.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(builder.statusCode()).isEqualTo(403);

        browser.open("/admin/policies.xhtml");
        assertThat(browser.path()).isEqualTo("/login.xhtml");
        SignIn.as(browser, SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);
        for (String page : List.of("/admin/policies.xhtml", "/admin/limits.xhtml", "/admin/bookings.xhtml",
                "/admin/booking.xhtml?id=1")) {
            browser.open(page);
            assertThat(browser.heading()).as(page).isEqualTo("Not allowed");
        }
        browser.screenshot("admin-policies-as-builder");
    }

    private static long sessionType(List<JsonObject> slots) {
        return slots.get(0).getJsonNumber("sessionTypeId").longValue();
    }

    private static long booked(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return AdminApi.object(answer.body()).getJsonNumber("id").longValue();
    }

    /** A moment as the admin's booking page shows it in the client's zone. */
    private static String shown(Instant instant) {
        return SHOWN.format(instant.atZone(ZoneId.of(ZONE))) + " (" + ZONE + ")";
    }
}
