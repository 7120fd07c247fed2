package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builders choose a cancellation policy per session type among the published ones, on their session types page and
 * through the API; the booking page then states that policy's terms. Unpublished and unknown policies are refused.
 */
@ExtendWith(Browser.class)
class SessionTypePolicyBrowserIT {

    private static final String ZONE = "America/New_York";

    private final ApiClient api = new ApiClient();
    private final AdminApi admin = new AdminApi();

    @Test
    void aBuilderPicksAPolicyAndTheBookingPageStatesItsTerms(Browser builder, Browser client) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String policy = "Pickable " + run;
        String hidden = "Hidden " + run;
        String type = "Policy pick " + run;
        admin.createPolicy(policy, 36, 6, 40, 3, 2);
        admin.createPolicy(hidden, 36, 6, 40, 3, 2, false);

        SignIn.as(builder, SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);
        OwnSessionTypesPage types = OwnSessionTypesPage.open(builder);
        assertThat(types.policyChoices()).startsWith("Site default (Standard)").contains(policy)
                .doesNotContain(hidden);
        assertThat(types.policyTerms()).contains(policy + "\nFree cancellation until 1 day 12 h before the start; "
                + "40 % back until 6 h before; nothing back after that. Moves until 3 h before, at most 2 times.");
        builder.screenshot("builder-session-type-policy-choice");
        types.createFree(type, 30, policy);
        assertThat(types.rows()).anyMatch(row -> row.contains(type) && row.contains(policy));
        builder.screenshot("builder-session-type-with-a-policy");

        JsonObject slot = api.freeSlots("Ada Okafor", type).getJsonObject(0);
        long typeId = slot.getJsonNumber("sessionTypeId").longValue();
        long adaId = adaId();
        BookSessionPage.withSlotChosen(client, adaId, typeId, ZONE, Instant.parse(slot.getString("start")));
        client.screenshot("booking-page-with-the-builders-policy");
        assertThat(client.driver().findElement(By.id("chosen-terms")).getText())
                .contains(policy).containsPattern("Free cancellation (until|ended) ");

        HttpResponse<String> back = choosePolicy(typeId, null);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(AdminApi.object(back.body()).containsKey("policyId")).as("the site default").isFalse();
        deactivate(typeId);
    }

    @Test
    void theApiTakesAPublishedPolicyAndRefusesAnyOther() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long published = admin.createPolicy("Api pick " + run, 24, 2, 10, 1, 1).getJsonNumber("id").longValue();
        long unpublished = admin.createPolicy("Api hidden " + run, 24, 2, 10, 1, 1, false)
                .getJsonNumber("id").longValue();

        HttpResponse<String> created = offer("Api typed " + run, published);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long typeId = AdminApi.object(created.body()).getJsonNumber("id").longValue();
        assertThat(AdminApi.object(created.body()).getJsonNumber("policyId").longValue()).isEqualTo(published);

        for (long refused : new long[] {unpublished, 999_999_999L}) {
            HttpResponse<String> answer = choosePolicy(typeId, refused);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(AdminApi.object(answer.body()).getString("detail"))
                    .isEqualTo("Choose one of the published cancellation policies, or the site default.");
        }
        HttpResponse<String> offeredUnpublished = offer("Api refused " + run, unpublished);
        assertThat(offeredUnpublished.statusCode()).as(offeredUnpublished.body()).isEqualTo(400);
        HttpResponse<String> kept = admin.sendAs(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD, "GET",
                "api/me/session-types", null);
        assertThat(kept.body()).doesNotContain("Api refused " + run);
        assertThat(Json.createReader(new java.io.StringReader(kept.body())).readArray()
                .getValuesAs(JsonObject.class)).filteredOn(own -> own.getJsonNumber("id").longValue() == typeId)
                .singleElement().satisfies(own -> assertThat(own.getJsonNumber("policyId").longValue())
                        .isEqualTo(published));
        deactivate(typeId);
    }

    private HttpResponse<String> offer(String name, long policyId) {
        return admin.sendAs(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD, "POST", "api/me/session-types",
                Json.createObjectBuilder().add("name", name).add("description", "Typed through the API.")
                        .add("durationMinutes", 30).add("bufferBeforeMinutes", 0).add("bufferAfterMinutes", 0)
                        .add("minimumNoticeMinutes", 240).add("horizonDays", 30).add("stepMinutes", 30)
                        .add("capacity", 1).add("policyId", policyId).build());
    }

    private HttpResponse<String> choosePolicy(long typeId, Long policyId) {
        return admin.sendAs(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD, "PUT",
                "api/me/session-types/" + typeId + "/policy", policyId == null
                        ? Json.createObjectBuilder().addNull("policyId").build()
                        : Json.createObjectBuilder().add("policyId", policyId).build());
    }

    /** Takes the test's type off the demo builder's page again. */
    private void deactivate(long typeId) {
        HttpResponse<String> off = admin.sendAs(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD, "PUT",
                "api/me/session-types/" + typeId + "/active", Json.createObjectBuilder().add("active", false).build());
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    }

    private long adaId() throws Exception {
        HttpResponse<String> found = api.get("api/builders?q=Ada%20Okafor");
        return Json.createReader(new java.io.StringReader(found.body())).readArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }
}
