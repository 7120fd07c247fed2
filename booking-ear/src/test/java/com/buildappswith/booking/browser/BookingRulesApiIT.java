package com.buildappswith.booking.browser;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the booking API refuses whoever asks: dates no calendar holds, a builder's own session, two at once. */
class BookingRulesApiIT {

    private static final String PASSWORD = "a sufficiently long password";

    private final ApiClient api = new ApiClient();

    @Test
    void datesFarOutsideAnyCalendarAreMalformedRequests() throws Exception {
        JsonObject slot = api.freeSlots("Ada Okafor", "Intro call").getJsonObject(0);
        String slots = "api/builders/1/slots?sessionType=" + slot.getJsonNumber("sessionTypeId") + "&tz=UTC";
        String client = newClient();

        HttpResponse<String> farFrom = api.get(slots + "&from=%2B999999-01-01&to=%2B999999-01-02");
        HttpResponse<String> farTo = api.get(slots + "&from=2026-12-01&to=%2B999999999-12-31");
        HttpResponse<String> nearTheFirstInstant = api.book(client, PASSWORD,
                slot.getJsonNumber("sessionTypeId").longValue(), Instant.MIN.plusSeconds(1), "UTC", "Ancient");

        for (HttpResponse<String> answer : new HttpResponse[] {farFrom, farTo, nearTheFirstInstant}) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).contains("must lie between 2000-01-01 and 2999-12-31");
        }
    }

    @Test
    void aBuilderCannotBookTheirOwnSession() throws Exception {
        JsonObject slot = api.freeSlots("Ada Okafor", "Intro call").getJsonObject(0);

        HttpResponse<String> own = book(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD, slot);

        assertThat(own.statusCode()).as(own.body()).isEqualTo(422);
        assertThat(own.body()).contains("You cannot book a session with yourself.");
    }

    @Test
    void aClientCannotBeInTwoSessionsAtOnceEvenWithTwoBuilders() throws Exception {
        String client = newClient();
        JsonObject withAda = api.freeSlots("Ada Okafor", "Intro call").getJsonObject(3);
        Instant adaStarts = Instant.parse(withAda.getString("start"));
        JsonObject withPriya = api.freeSlots("Priya Raman", "Office hours").getValuesAs(JsonObject.class).stream()
                .filter(slot -> {
                    Instant start = Instant.parse(slot.getString("start"));
                    return !start.isBefore(adaStarts) && start.isBefore(adaStarts.plus(Duration.ofMinutes(20)));
                })
                .findFirst()
                .orElse(null);
        assertThat(book(client, PASSWORD, withAda).statusCode()).isEqualTo(201);
        if (withPriya == null) {
            withPriya = withAda;
        }

        HttpResponse<String> atTheSameTime = book(client, PASSWORD, withPriya);

        assertThat(atTheSameTime.statusCode()).as(atTheSameTime.body()).isEqualTo(422);
        assertThat(atTheSameTime.body()).contains("You already have a session at that time");
    }

    private HttpResponse<String> book(String email, String password, JsonObject slot) {
        return api.book(email, password, slot.getJsonNumber("sessionTypeId").longValue(),
                Instant.parse(slot.getString("start")), "Asia/Kolkata", "Rules of booking");
    }

    private String newClient() throws Exception {
        String email = "rules-" + UUID.randomUUID() + "@example.com";
        api.register(email, "Rules client", PASSWORD, "Asia/Kolkata");
        return email;
    }
}
