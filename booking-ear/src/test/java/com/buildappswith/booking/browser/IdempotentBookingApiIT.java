package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/bookings} with an {@code Idempotency-Key}, against the deployed EAR, as a client program whose
 * first answer got lost sends its request again: the repeat gets the first one's booking (and checkout) back and books
 * nothing, also when the repeats race the first request from one signed-in session; the key with another request, or
 * a malformed key, is refused with a problem and writes nothing.
 */
class IdempotentBookingApiIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final String PASSWORD = "the same request twice";

    private final ApiClient api = new ApiClient();
    private final HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrfToken;

    @BeforeEach
    void signIn() throws Exception {
        String client = "repeater-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        api.register(client, "Repeater", PASSWORD, "Europe/Berlin");
        HttpResponse<String> me = session.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/me"))
                .header("Authorization", ApiClient.basic(client, PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        csrfToken = json(me.body()).getString("csrfToken");
    }

    @Test
    void aFreeBookingSentAgainUnderItsKeyIsTheSameBookingAndNothingMore() throws Exception {
        JsonObject slot = api.freeSlots("Priya Raman", "Office hours").getJsonObject(3);

        Twice sent = sentTwice(slot, "Questions about indexes");

        assertThat(sent.first().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(sent.again().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(sent.again().headers().firstValue("Location"))
                .isEqualTo(sent.first().headers().firstValue("Location"));
        assertThat(json(sent.again().body()).getString("status")).isEqualTo("CONFIRMED");
        assertThat(myBookingsAt(slot)).isOne();
    }

    @Test
    void aPaidBookingSentAgainGetsTheCheckoutItsFirstRequestOpened() throws Exception {
        JsonObject slot = api.freeSlots("Liam Walsh", "Pairing hour").getJsonObject(4);

        Twice sent = sentTwice(slot, "Pairing on a flaky test");

        assertThat(json(sent.again().body()).getString("status")).isEqualTo("HELD");
        assertThat(json(sent.again().body()).getJsonObject("payment").getString("checkoutUrl"))
                .isNotBlank()
                .isEqualTo(json(sent.first().body()).getJsonObject("payment").getString("checkoutUrl"));
        assertThat(myBookingsAt(slot)).isOne();
    }

    @Test
    void theKeyOfOneRequestWithAnotherIsRefusedAndBooksNothing() throws Exception {
        List<JsonObject> slots = api.freeSlots("Priya Raman", "Office hours").getValuesAs(JsonObject.class);
        JsonObject slot = slots.get(6);
        JsonObject other = slots.get(slots.size() - 1);
        String key = UUID.randomUUID().toString();
        assertThat(book(key, slot, "First question").statusCode()).isEqualTo(201);

        HttpResponse<String> reused = book(key, other, "First question");

        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(reused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(reused.body()).getString("detail"))
                .startsWith("This Idempotency-Key was sent before with a different booking request.");
        assertThat(myBookingsAt(other)).isZero();
    }

    @Test
    void aMalformedKeyIsABadRequestBeforeAnythingIsBooked() throws Exception {
        JsonObject slot = api.freeSlots("Priya Raman", "Office hours").getJsonObject(8);

        for (String key : List.of("two words", "k".repeat(256))) {
            HttpResponse<String> refused = book(key, slot, "Bad key");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(json(refused.body()).getString("detail")).contains("Idempotency-Key must be 1 to 255");
        }
        assertThat(myBookingsAt(slot)).isZero();
    }

    @Test
    void repeatsRacingTheFirstRequestOfOneSessionAllAnswerWithOneBooking() throws Exception {
        JsonObject slot = api.freeSlots("Priya Raman", "Office hours").getJsonObject(10);
        String key = UUID.randomUUID().toString();
        int senders = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                Callable<HttpResponse<String>> send = () -> {
                    go.await();
                    return book(key, slot, "Racing myself");
                };
                sent.add(pool.submit(send));
            }
            go.countDown();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201));
        assertThat(answers).extracting(answer -> json(answer.body()).getJsonNumber("id").longValue())
                .containsOnly(json(answers.get(0).body()).getJsonNumber("id").longValue());
        assertThat(answers).filteredOn(answer -> answer.headers().firstValue("Idempotent-Replayed").isEmpty())
                .hasSize(1);
        assertThat(myBookingsAt(slot)).isOne();
    }

    /** Both answers to one request sent twice under one new key. */
    private record Twice(HttpResponse<String> first, HttpResponse<String> again) {
    }

    /** Sends the booking of {@code slot} twice under one new key; both must answer 201 with the same booking. */
    private Twice sentTwice(JsonObject slot, String purpose) throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = book(key, slot, purpose);
        HttpResponse<String> again = book(key, slot, purpose);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(json(again.body()).getJsonNumber("id")).isEqualTo(json(first.body()).getJsonNumber("id"));
        return new Twice(first, again);
    }

    private HttpResponse<String> book(String key, JsonObject slot, String purpose) throws Exception {
        String body = Json.createObjectBuilder()
                .add("sessionTypeId", slot.getJsonNumber("sessionTypeId").longValue())
                .add("start", slot.getString("start"))
                .add("timezone", "Europe/Berlin")
                .add("purpose", purpose)
                .build().toString();
        return session.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/bookings"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrfToken)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** How many of the signed-in client's bookings start at the slot's time, as their bookings list says. */
    private long myBookingsAt(JsonObject slot) throws Exception {
        HttpResponse<String> mine = session.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/me/bookings"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        Instant start = Instant.parse(slot.getString("start"));
        return json(mine.body()).getJsonArray("upcoming").getValuesAs(JsonObject.class).stream()
                .filter(booking -> Instant.parse(booking.getString("start")).equals(start))
                .count();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
