package com.buildappswith.booking.browser;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/me/notifications} of the deployed EAR: the caller's own notices, newest first with the unread count,
 * marked read one at a time or all at once; someone else's notice is as absent as one that does not exist, and bad
 * input is a 400 problem that names it. The notices come from the real flow: a client books a free session, and
 * its builder is told.
 */
class NotificationsApiIT {

    private static final String PASSWORD = "notified of everything";
    private static final String ZONE = "Asia/Kolkata";
    private static final String BUILDER = SignIn.DEMO_BUILDER;

    private final ApiClient api = new ApiClient();

    @Test
    void aNewAccountHasNoNoticesAndBadInputIsNamed() throws Exception {
        String client = newClient("empty");
        ApiCalls calls = new ApiCalls(client, PASSWORD);

        JsonObject mine = calls.ok("GET", "api/me/notifications", null);
        assertThat(mine.getInt("unread")).isZero();
        assertThat(mine.getInt("total")).isZero();
        assertThat(mine.getJsonArray("items")).isEmpty();
        assertThat(calls.ok("POST", "api/me/notifications/read-all", null).getInt("marked")).isZero();

        HttpResponse<String> missing = calls.send("POST", "api/me/notifications/999999999/read", null);
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).contains("There is no such notification.");
        calls.refused("POST", "api/me/notifications/abc/read", null, "id 'abc' is not an id");
        calls.refused("GET", "api/me/notifications?limit=0", null, "limit '0' is not a whole number from 1 to 100");
        calls.refused("GET", "api/me/notifications?offset=-1", null, "offset '-1' is not a whole number");

        HttpResponse<String> anonymous = api.get("api/me/notifications");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    /** Needs the notices written on booking changes (the notification domain's observers of BookingChanged). */
    @Test
    void theBuilderIsToldOfAFreeBookingAndOnlyTheBuilderReadsIt() throws Exception {
        ApiCalls builder = new ApiCalls(BUILDER);
        long unreadBefore = builder.ok("GET", "api/me/notifications", null).getInt("unread");
        String client = newClient("books");
        List<JsonObject> slots = api.freeSlots("Ada Okafor", "Intro call").getValuesAs(JsonObject.class);
        JsonObject slot = slots.get(slots.size() - 1);
        HttpResponse<String> booked = api.book(client, PASSWORD, slot.getJsonNumber("sessionTypeId").longValue(),
                Instant.parse(slot.getString("start")), ZONE, "Notify my builder");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        long bookingId = AdminApi.object(booked.body()).getJsonNumber("id").longValue();

        JsonObject mine = builder.ok("GET", "api/me/notifications?limit=5", null);
        assertThat(mine.getInt("unread")).isEqualTo(unreadBefore + 1);
        JsonObject newest = mine.getJsonArray("items").getJsonObject(0);
        assertThat(newest.getJsonNumber("bookingId").longValue()).isEqualTo(bookingId);
        assertThat(newest.getBoolean("unread")).isTrue();
        long notice = newest.getJsonNumber("id").longValue();

        HttpResponse<String> notTheClients = new ApiCalls(client, PASSWORD).send("POST",
                "api/me/notifications/" + notice + "/read", null);
        assertThat(notTheClients.statusCode()).as(notTheClients.body()).isEqualTo(404);
        assertThat(notTheClients.body()).contains("There is no such notification.");

        JsonObject read = builder.ok("POST", "api/me/notifications/" + notice + "/read", null);
        assertThat(read.getBoolean("unread")).isFalse();
        assertThat(read.getString("readAt")).isNotBlank();
        assertThat(builder.ok("GET", "api/me/notifications", null).getInt("unread")).isEqualTo(unreadBefore);
        JsonObject all = builder.ok("POST", "api/me/notifications/read-all", null);
        assertThat(all.getInt("unread")).isZero();
    }

    private String newClient(String purpose) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "notified-" + purpose + "-" + run + "@example.com";
        api.register(email, "Notified " + run, PASSWORD, ZONE);
        return email;
    }
}
