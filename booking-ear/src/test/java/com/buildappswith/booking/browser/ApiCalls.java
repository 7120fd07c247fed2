package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API as one signed-in account calls it (HTTP Basic): any method, any path, a JSON body or none. */
final class ApiCalls {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String email;
    private final String password;

    ApiCalls(String email, String password) {
        this.email = email;
        this.password = password;
    }

    /** A demo account, with the demo password. */
    ApiCalls(String demoEmail) {
        this(demoEmail, SignIn.DEMO_PASSWORD);
    }

    /** The demo builder, Ada Okafor. */
    ApiCalls() {
        this(SignIn.DEMO_BUILDER);
    }

    HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Authorization", ApiClient.basic(email, password))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
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

    /** The JSON object of an answer that must be 200. */
    JsonObject ok(String method, String path, String body) {
        HttpResponse<String> answer = send(method, path, body);
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    /** Asserts that the request is a 400 problem whose detail contains {@code saying}. */
    void refused(String method, String path, String body, String saying) {
        HttpResponse<String> answer = send(method, path, body);
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains(saying).doesNotContain("Exception");
    }
}
