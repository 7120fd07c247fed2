package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client is booked under the cancellation terms the booking page showed them, or not at all: an admin edits the
 * session type's policy between the page being drawn and the client confirming; the confirmation is refused with
 * the new terms, which the page now shows, and confirming again books under them. Deadlines already past when the
 * client books are said as ended, not offered.
 */
@ExtendWith(Browser.class)
class TermsShownBrowserIT {

    private static final String ZONE = "America/New_York";
    private static final String PASSWORD = "a sufficiently long password";

    private final ApiClient api = new ApiClient();
    private final AdminApi admin = new AdminApi();

    @Test
    void aPolicyEditedBeforeTheClientConfirmsIsShownAndAgreedToBeforeTheBooking(Browser client) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        JsonObject policy = admin.createPolicy("Shown " + run, 36, 6, 40, 3, 2);
        String type = "Terms shown " + run;
        long typeId = TermsAndMyBookingsApiIT.offerFree(admin, type, policy.getJsonNumber("id").longValue());
        String email = "terms-" + run + "@example.com";
        api.register(email, "Terms client", PASSWORD, ZONE);
        try {
            JsonObject slot = api.freeSlots("Ada Okafor", type).getJsonObject(0);
            Instant start = Instant.parse(slot.getString("start"));
            SignIn.as(client, email, PASSWORD);
            BookSessionPage page = BookSessionPage.withSlotChosen(client, TermsAndMyBookingsApiIT.adaId(api), typeId,
                    ZONE, start);
            String shown = client.driver().findElement(By.id("chosen-terms")).getText();
            assertThat(shown).contains("Shown " + run);

            admin.editPolicy(policy, 12, 2, 25, 1, 1);
            client.type("booking:purpose", "Terms I was shown");
            client.clickInPlace("booking:confirm");
            client.waitForText("The cancellation terms changed since you opened this page: now");
            client.screenshot("booking-terms-changed-before-confirming");
            String now = client.driver().findElement(By.id("chosen-terms")).getText();
            assertThat(now).isNotEqualTo(shown).contains("Shown " + run);
            assertThat(client.pageText()).contains("Please review them and confirm again.");
            assertThat(myUpcoming(email).getJsonNumber("upcomingTotal").longValue()).as("nothing written").isZero();

            page.confirm("Terms I agreed to");
            client.screenshot("booking-confirmed-under-the-new-terms");
            JsonObject booked = myUpcoming(email).getJsonArray("upcoming").getJsonObject(0);
            JsonObject details = AdminApi.object(admin.sendAs(email, PASSWORD, "GET",
                    "api/bookings/" + booked.getJsonNumber("id"), null).body());
            JsonObject terms = details.getJsonObject("terms");
            assertThat(terms.getString("policy")).isEqualTo("Shown " + run);
            assertThat(Instant.parse(terms.getJsonArray("windows").getJsonObject(0).getString("until")))
                    .as("free until 12 h before, the edited terms").isEqualTo(start.minus(Duration.ofHours(12)));
        } finally {
            TermsAndMyBookingsApiIT.deactivate(admin, typeId);
        }
    }

    @Test
    void deadlinesPastBeforeTheSessionIsBookedAreSaidAsEnded(Browser client) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int sixtyDays = 60 * 24;
        // Every slot within the type's 30-day horizon is inside these notices: booked now, it never had them.
        JsonObject policy = admin.createPolicy("Long notice " + run, sixtyDays, 1, 50, sixtyDays, 2);
        long typeId = TermsAndMyBookingsApiIT.offerFree(admin, "Long notice " + run,
                policy.getJsonNumber("id").longValue());
        String email = "ended-" + run + "@example.com";
        api.register(email, "Late client", PASSWORD, ZONE);
        try {
            Instant start = Instant.parse(api.freeSlots("Ada Okafor", "Long notice " + run).getJsonObject(0)
                    .getString("start"));
            SignIn.as(client, email, PASSWORD);
            BookSessionPage page = BookSessionPage.withSlotChosen(client, TermsAndMyBookingsApiIT.adaId(api), typeId,
                    ZONE, start);

            assertThat(client.driver().findElement(By.id("chosen-terms")).getText())
                    .contains("Free cancellation ended ")
                    .contains("50 % refund until ")
                    .contains("It can no longer be moved to another time: moves ended ");
            client.screenshot("booking-terms-with-deadlines-past");
            page.confirm("Booked inside every notice");
            assertThat(client.heading()).isEqualTo("Booked");
            assertThat(client.driver().findElement(By.id("booked-terms")).getText())
                    .contains("Free cancellation ended ")
                    .contains("It can no longer be moved to another time: moves ended ");
        } finally {
            TermsAndMyBookingsApiIT.deactivate(admin, typeId);
        }
    }

    private JsonObject myUpcoming(String email) {
        HttpResponse<String> mine = admin.sendAs(email, PASSWORD, "GET", "api/me/bookings", null);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        return Json.createReader(new StringReader(mine.body())).readObject();
    }
}
