package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API of the deployed EAR as a client program uses it: registering an account, finding free slots, and
 * booking as it.
 */
final class ApiClient {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");

    /** Clients registered by this test run, each numbering its own forwarded address. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Registers a client account, failing the test if the API refuses. Each comes from an address of its own behind
     * the proxy the test server trusts (this machine, {@code BOOKING_TRUSTED_PROXIES=127.0.0.1}), as people do, so
     * that tests registering many clients stay within the registrations allowed per address.
     */
    void register(String email, String displayName, String password, String timezone) throws Exception {
        int client = CLIENTS.getAndIncrement();
        HttpResponse<String> created = registerFrom("198.18." + client / 250 + "." + (client % 250 + 1), email,
                displayName, password, timezone);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** {@code POST /api/accounts} as forwarded by the trusted proxy for a client at {@code address}; the answer. */
    HttpResponse<String> registerFrom(String address, String email, String displayName, String password,
                                      String timezone) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/accounts"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("email", email).add("displayName", displayName)
                        .add("password", password).add("timezone", timezone).build().toString())));
    }

    /** {@code POST /api/bookings} as the account {@code email}; the answer, whatever it is. */
    HttpResponse<String> book(String email, String password, long sessionTypeId, Instant start, String timezone,
                              String purpose) {
        String body = Json.createObjectBuilder()
                .add("sessionTypeId", sessionTypeId)
                .add("start", start.toString())
                .add("timezone", timezone)
                .add("purpose", purpose)
                .build().toString();
        try {
            return send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/bookings"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", basic(email, password))
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Free slots of a demo builder's session type over the next four weeks, as the slots API gives them, each with
     * the session type's id added for booking; fails the test if there are none.
     */
    JsonArray freeSlots(String builderName, String sessionTypeName) throws Exception {
        JsonObject builder = json(get("api/builders?q=" + builderName.replace(" ", "%20"))).asJsonArray()
                .getJsonObject(0);
        long sessionType = builder.getJsonArray("sessionTypes").getValuesAs(JsonObject.class).stream()
                .filter(type -> type.getString("name").equals(sessionTypeName))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        JsonArray slots = json(get("api/builders/" + builder.getJsonNumber("id") + "/slots?sessionType="
                + sessionType + "&from=" + today.plusDays(2) + "&to=" + today.plusDays(30) + "&tz=Asia/Kolkata"))
                .asJsonArray();
        assertThat(slots).isNotEmpty();
        return slots.getValuesAs(JsonObject.class).stream()
                .map(slot -> Json.createObjectBuilder(slot).add("sessionTypeId", sessionType).build())
                .collect(Json::createArrayBuilder, (array, slot) -> array.add(slot), (a, b) -> { })
                .build();
    }

    /** {@code GET} of {@code path} below the application, without credentials. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)));
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonValue json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }
}
