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
