package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people clicking the same slot at the same moment, against the deployed EAR and its database: the slot is
 * sold once, everyone else is told at once that it was just taken, and a client's limit holds under a race too.
 */
class BookingRaceIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final String PASSWORD = "racing for the slot";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ApiClient api = new ApiClient();

    @Test
    void fiftyClientsRaceForOneSlotAndExactlyOneGetsIt() throws Exception {
        List<String> clients = register(50);
        JsonObject slot = firstFreeSlot("Ada Okafor", "Intro call");

        Map<Integer, Long> statuses = race(clients.size(), i -> book(clients.get(i), slot, "race " + i))
                .stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));

        assertThat(statuses).containsOnlyKeys(201, 409);
        assertThat(statuses.get(201)).isEqualTo(1);
        assertThat(statuses.get(409)).isEqualTo(49);
        assertThat(freeStarts("Ada Okafor", "Intro call")).doesNotContain(slot.getString("start"));
    }

    @Test
    void fiftyClientsRaceForAGroupSessionOfThreeAndExactlyThreeGetIn() throws Exception {
        List<String> clients = register(50);
        String name = "Group clinic " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> offered = send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/me/session-types"))
                .header("Content-Type", "application/json")
                .header("Authorization", ApiClient.basic(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("name", name).add("description", "Three people, one hour")
                        .add("durationMinutes", 60).add("bufferBeforeMinutes", 0).add("bufferAfterMinutes", 0)
                        .add("minimumNoticeMinutes", 60).add("horizonDays", 40).add("stepMinutes", 60)
                        .add("capacity", 3).build().toString())));
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        JsonObject slot = api.freeSlots("Ada Okafor", name).getJsonObject(5);
        assertThat(slot.getInt("remainingCapacity")).isEqualTo(3);

        Map<Integer, Long> statuses = race(clients.size(), i -> book(clients.get(i), slot, "group " + i))
                .stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));

        assertThat(statuses).containsOnlyKeys(201, 409);
        assertThat(statuses.get(201)).isEqualTo(3);
        assertThat(statuses.get(409)).isEqualTo(47);
        assertThat(freeStarts("Ada Okafor", name)).doesNotContain(slot.getString("start"));
    }

    @Test
    void aClientAtTheLimitWithOneBuilderRacingTwoRequestsGetsExactlyOne() throws Exception {
        String client = register(1).get(0);
        JsonArray slots = api.freeSlots("Priya Raman", "Office hours");
        for (int i = 0; i < 2; i++) {
            assertThat(book(client, slots.getJsonObject(i * 4), "warm-up " + i).statusCode()).isEqualTo(201);
        }

        List<HttpResponse<String>> raced = race(2, i -> book(client, slots.getJsonObject(20 + i * 4), "race " + i));

        assertThat(raced).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
        assertThat(raced).filteredOn(r -> r.statusCode() == 409).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("with this builder"));
    }

    private List<HttpResponse<String>> race(int contenders, Function<Integer, HttpResponse<String>> attempt)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> attempts = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                int contender = i;
                attempts.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return attempt.apply(contender);
                }, pool));
            }
            start.countDown();
            List<HttpResponse<String>> results = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> result : attempts) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> register(int count) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "racer-" + run + "-" + i + "@example.com";
            api.register(email, "Racer " + i, PASSWORD, "Asia/Kolkata");
            emails.add(email);
        }
        return emails;
    }

    private HttpResponse<String> book(String client, JsonObject slot, String purpose) {
        return api.book(client, PASSWORD, slot.getJsonNumber("sessionTypeId").longValue(),
                Instant.parse(slot.getString("start")), "Asia/Kolkata", purpose);
    }

    private JsonObject firstFreeSlot(String builder, String sessionType) throws Exception {
        return api.freeSlots(builder, sessionType).getJsonObject(0);
    }

    private List<String> freeStarts(String builder, String sessionType) throws Exception {
        return api.freeSlots(builder, sessionType).getValuesAs(JsonObject.class).stream()
                .map(slot -> slot.getString("start")).toList();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
