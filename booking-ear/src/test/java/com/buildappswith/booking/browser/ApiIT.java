package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API as a client sees it over HTTP. */
class ApiIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthReportsTheDatabaseUp() throws Exception {
        HttpResponse<String> response = get("api/health");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject health = json(response.body()).asJsonObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonObject("database").getString("status")).isEqualTo("UP");
        assertThat(health.getJsonObject("startup").getString("status")).as("every start-up step did its work")
                .isEqualTo("UP");
    }

    @Test
    void buildersListsPublishedBuildersWithTheirSessionTypes() throws Exception {
        HttpResponse<String> response = get("api/builders");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonArray builders = json(response.body()).asJsonArray();
        JsonObject priya = builders.getValuesAs(JsonObject.class).stream()
                .filter(builder -> builder.getString("name").equals("Priya Raman"))
                .findFirst()
                .orElseThrow();
        assertThat(priya.getString("timezone")).isEqualTo("Asia/Kolkata");
        assertThat(priya.getJsonNumber("id").longValue()).isPositive();

        JsonArray types = priya.getJsonArray("sessionTypes");
        assertThat(types).hasSize(2);
        JsonObject office = types.getJsonObject(0);
        assertThat(office.getString("name")).isEqualTo("Office hours");
        assertThat(office.getInt("durationMinutes")).isEqualTo(30);
        assertThat(office.getBoolean("free")).isTrue();
        JsonObject profiling = types.getJsonObject(1);
        assertThat(profiling.getInt("durationMinutes")).isEqualTo(45);
        assertThat(profiling.getJsonObject("price").getString("amount")).isEqualTo("4000.00");
        assertThat(profiling.getJsonObject("price").getString("currency")).isEqualTo("INR");
    }

    @Test
    void unknownApiPathIsAProblemNotAStackTrace() throws Exception {
        HttpResponse<String> response = get("api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response.body()).asJsonObject().getInt("status")).isEqualTo(404);
    }

    @Test
    void malformedRequestsAreToldInTheProductsOwnWordsOnEveryServer() throws Exception {
        String dates = "&from=2026-12-01&to=2026-12-02&tz=UTC";
        HttpResponse<String> typeNotANumber = get("api/builders/1/slots?sessionType=abc" + dates);
        HttpResponse<String> idOutOfRange = get("api/builders/99999999999999999999/slots?sessionType=1" + dates);
        HttpResponse<String> plainText = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/bookings"))
                .header("Authorization", ApiClient.basic(SignIn.DEMO_CLIENT, SignIn.DEMO_PASSWORD))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("book me something")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(typeNotANumber.statusCode()).isEqualTo(400);
        assertThat(detail(typeNotANumber)).contains("sessionType 'abc' is not an id");
        assertThat(idOutOfRange.statusCode()).isEqualTo(400);
        assertThat(detail(idOutOfRange)).contains("builder id '99999999999999999999' is not an id");
        assertThat(plainText.statusCode()).isEqualTo(415);
        assertThat(detail(plainText)).isEqualTo("Send the request body as JSON (Content-Type: application/json).");
        for (HttpResponse<String> answer : List.of(typeNotANumber, idOutOfRange, plainText)) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).doesNotContain("RESTEASY", "Unable to extract", "jakarta.ws.rs", "Exception");
        }
    }

    @Test
    void aZoneSentUnderAnOldNameIsTakenUnderItsCurrentOne() throws Exception {
        String email = "old-zone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        HttpResponse<String> registered = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/accounts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("email", email).add("displayName", "Client in Kolkata")
                        .add("password", "namaste from kolkata").add("timezone", "Asia/Calcutta").build().toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/me"))
                .header("Authorization", ApiClient.basic(email, "namaste from kolkata")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(registered.headers().firstValue("Location")).hasValue(BASE_URL + "api/me");
        assertThat(json(registered.body()).asJsonObject().getString("timezone")).isEqualTo("Asia/Kolkata");
        assertThat(json(me.body()).asJsonObject().getString("timezone")).isEqualTo("Asia/Kolkata");
    }

    private static String detail(HttpResponse<String> answer) {
        return json(answer.body()).asJsonObject().getString("detail");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static jakarta.json.JsonValue json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }
}
