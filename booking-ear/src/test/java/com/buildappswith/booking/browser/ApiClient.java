package com.buildappswith.booking.browser;

import jakarta.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API of the deployed EAR as a client program uses it: registering an account, and booking as it. */
final class ApiClient {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");

    private final HttpClient http = HttpClient.newHttpClient();

    /** Registers a client account, failing the test if the API refuses. */
    void register(String email, String displayName, String password, String timezone) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/accounts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("email", email).add("displayName", displayName)
                        .add("password", password).add("timezone", timezone).build().toString())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
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

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
