package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API as the demo admin, for what a browser test sets up or puts back around the page it tests: policies
 * and the site default, and the booking limits every other test relies on.
 */
final class AdminApi {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");

    /** The site default the first migration of policies seeds, which other tests expect back. */
    static final long STANDARD_POLICY = 1;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Creates a published policy with whole-hour notices and one refund tier; its JSON. */
    JsonObject createPolicy(String name, int freeHours, int tierHours, int tierPercent, int moveHours, int moves) {
        return createPolicy(name, freeHours, tierHours, tierPercent, moveHours, moves, true);
    }

    JsonObject createPolicy(String name, int freeHours, int tierHours, int tierPercent, int moveHours, int moves,
                            boolean published) {
        JsonObject body = policy(name, freeHours, tierHours, tierPercent, moveHours, moves, published).build();
        HttpResponse<String> created = send("POST", "api/admin/policies", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created.body());
    }

    /** Edits the policy read as {@code policy} (its id and version) to new whole-hour terms; its JSON. */
    JsonObject editPolicy(JsonObject policy, int freeHours, int tierHours, int tierPercent, int moveHours, int moves) {
        JsonObject body = policy(policy.getString("name"), freeHours, tierHours, tierPercent, moveHours, moves, true)
                .add("version", policy.getJsonNumber("version").longValue())
                .build();
        HttpResponse<String> edited = send("PUT", "api/admin/policies/" + policy.getJsonNumber("id"), body);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        return object(edited.body());
    }

    /** A policy as the admin API takes it, with whole-hour notices and one refund tier. */
    private static JsonObjectBuilder policy(String name, int freeHours, int tierHours, int tierPercent, int moveHours,
                                            int moves, boolean published) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("freeCancellationMinutes", freeHours * 60L)
                .add("refundTiers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("minNoticeMinutes", tierHours * 60L).add("percent", tierPercent)))
                .add("rescheduleMinutes", moveHours * 60L)
                .add("maxReschedules", moves)
                .add("published", published);
    }

    void makeSiteDefault(long policyId) {
        HttpResponse<String> made = send("POST", "api/admin/policies/" + policyId + "/site-default", null);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    }

    JsonObject limits() {
        HttpResponse<String> limits = send("GET", "api/admin/limits", null);
        assertThat(limits.statusCode()).as(limits.body()).isEqualTo(200);
        return object(limits.body());
    }

    /** Saves {@code limits} (as {@link #limits} read them) over whatever is stored now. */
    void restoreLimits(JsonObject limits) {
        JsonObject body = Json.createObjectBuilder(limits)
                .add("version", limits().getJsonNumber("version").longValue()).build();
        HttpResponse<String> saved = send("PUT", "api/admin/limits", body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    /** A request as {@code email} with its password; the answer, whatever it is. */
    HttpResponse<String> sendAs(String email, String password, String method, String path, JsonValue body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json");
        if (email != null) {
            request.header("Authorization", ApiClient.basic(email, password));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, JsonValue body) {
        return sendAs(SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD, method, path, body);
    }

    static JsonObject object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
