package com.buildappswith.booking.browser;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's "Run now" through its API ({@code POST /api/admin/jobs/{job}/runs}) as the demo admin, signed in once
 * (HTTP Basic on {@code GET /api/me}, then the session cookie and its CSRF token): a start then costs no password
 * hashing, so it reaches the job's lease within milliseconds of the call.
 */
final class JobsApi {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String cookie;
    private final String csrfToken;

    JobsApi() throws IOException, InterruptedException {
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/me"))
                .header("Authorization", ApiClient.basic(SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        cookie = me.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0].strip())
                .filter(pair -> pair.startsWith("JSESSIONID="))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("No session cookie from GET /api/me: " + me.headers()));
        csrfToken = ManagedBookings.json(me.body()).getString("csrfToken");
    }

    /** Starts {@code job} now; the answer: 202 with the run, or 409 while a run of it goes on on some node. */
    HttpResponse<String> runNow(String job) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/admin/jobs/" + job + "/runs"))
                .header("Cookie", cookie)
                .header("X-CSRF-Token", csrfToken)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The id of the run a 202 answer started. */
    static long run(HttpResponse<String> started) {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonObject run = ManagedBookings.json(started.body());
        return run.getJsonNumber("run").longValue();
    }
}
