package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a paid booking takes to become a confirmed one in test mode, end to end over HTTP as a browser makes
 * it: {@code POST /api/bookings} (which opens the checkout), the test checkout's page, its Pay button posted as the
 * page's form, and the result page it redirects to, read until it says the booking is paid. Each round trip must
 * end confirmed; the times are reported (standard output and {@code target/payment-round-trip.txt}), never
 * asserted: they depend on the machine.
 */
@Tag("test-mode")
class PaymentRoundTripIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final int WARM_UP = 3;
    private static final int MEASURED = Integer.getInteger("booking.roundTrips", 20);
    private static final String PASSWORD = "round trips in test mode";

    private final ApiClient api = new ApiClient();

    @Test
    void aPaidBookingBecomesConfirmedThroughTheTestCheckout() throws Exception {
        List<JsonObject> slots = apart(api.freeSlots("Carlos Mendes", "Pipeline review"));
        assertThat(slots.size()).isGreaterThanOrEqualTo(WARM_UP + MEASURED);
        List<Duration> times = new ArrayList<>();
        for (int run = 0; run < WARM_UP + MEASURED; run++) {
            Duration time = roundTrip(slots.get(run));
            if (run >= WARM_UP) {
                times.add(time);
            }
        }
        String report = report(times);
        System.out.println(report);
        Files.writeString(Path.of("target", "payment-round-trip.txt"), report);
    }

    /** Free slots, latest first, none overlapping another, so that each run books a time of its own. */
    private static List<JsonObject> apart(JsonArray free) {
        List<JsonObject> chosen = new ArrayList<>();
        Instant before = Instant.MAX;
        for (int index = free.size() - 1; index >= 0; index--) {
            JsonObject slot = free.getJsonObject(index);
            if (!Instant.parse(slot.getString("end")).isAfter(before)) {
                chosen.add(slot);
                before = Instant.parse(slot.getString("start"));
            }
        }
        return chosen;
    }

    /** One client's booking of {@code slot}, from the request to the page that says it is paid. */
    private Duration roundTrip(JsonObject slot) throws Exception {
        String email = "round-trip-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        api.register(email, "Round trip", PASSWORD, "Europe/Lisbon");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String body = Json.createObjectBuilder()
                .add("sessionTypeId", slot.getJsonNumber("sessionTypeId").longValue())
                .add("start", slot.getString("start"))
                .add("timezone", "Europe/Lisbon")
                .add("purpose", "Measuring the round trip")
                .build().toString();

        long started = System.nanoTime();
        HttpResponse<String> booked = browser.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/bookings"))
                .header("Content-Type", "application/json")
                .header("Authorization", ApiClient.basic(email, PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        URI checkoutUrl = URI.create(json(booked.body()).getJsonObject("payment").getString("checkoutUrl"));
        HttpResponse<String> result = TestCheckoutForm.pay(browser, checkoutUrl);
        while (!result.body().contains("Booked and paid") && System.nanoTime() - started < 30_000_000_000L) {
            assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
            assertThat(result.uri().getPath()).matches("/booking/\\d+/success");
            result = browser.send(HttpRequest.newBuilder(result.uri()).build(), HttpResponse.BodyHandlers.ofString());
        }
        Duration time = Duration.ofNanos(System.nanoTime() - started);
        assertThat(result.body()).as("the result page of %s after %s", result.uri(), time).contains("Booked and paid");
        return time;
    }

    private static String report(List<Duration> times) {
        List<Long> millis = times.stream().map(Duration::toMillis).sorted().toList();
        return "Booking to confirmed in test mode, " + millis.size() + " round trips after " + WARM_UP
                + " warm-up ones (ms): median " + percentile(millis, 50) + ", p95 " + percentile(millis, 95)
                + ", min " + millis.get(0) + ", max " + millis.get(millis.size() - 1) + "; all " + millis
                + " at " + Instant.now() + "\n";
    }

    /** The nearest-rank percentile of sorted values. */
    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get((int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
