package com.buildappswith.booking.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The end-to-end load run of {@code bench/booking-load.sh}; a main class, never run as a test. Every booking is a
 * real {@code POST /api/bookings} against the deployed EAR, so it measures what a client of the API gets: HTTP,
 * sign-in by session, JSON, the EJB, JTA and the booking transaction.
 * <p>
 * Set-up (not measured): finds the benchmark builders through {@code GET /api/builders}, registers the clients
 * through {@code POST /api/accounts}, signs each client in once (HTTP Basic on {@code GET /api/me}, keeping the
 * session cookie and the CSRF token, so that password hashing is not what the run measures), and reads every
 * builder's free slots through the slots API. The rest is {@link BookingLoad}.
 * <p>
 * Arguments: base-url, and those of {@link BookingLoad}.
 */
public final class BookingLoadRun extends BookingLoad<BookingLoadRun.SignedInClient> {

    private static final String PASSWORD = "bench load password 2026";

    private final String baseUrl;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private BookingLoadRun(Map<String, String> options) {
        super(options);
        String url = option("base-url", "http://localhost:8480/");
        this.baseUrl = url.endsWith("/") ? url : url + "/";
    }

    public static void main(String[] args) throws Exception {
        new BookingLoadRun(options(args)).run();
    }

    @Override
    Answer book(SignedInClient client, Builder builder, Instant slot) {
        String body = Json.createObjectBuilder()
                .add("sessionTypeId", builder.sessionTypeId)
                .add("start", slot.toString())
                .add("timezone", "Asia/Kolkata")
                .add("purpose", "Load run")
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "api/bookings"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Cookie", client.cookie)
                .header("X-CSRF-Token", client.csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Answer(Outcome.OTHER, "I/O error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return switch (response.statusCode()) {
            case 201 -> Answer.created(bookingId(response));
            case 409, 422 -> Answer.refused(problemDetail(response), response.statusCode() == 409,
                    response.statusCode() + " " + response.body());
            default -> new Answer(Outcome.OTHER, response.statusCode() + " " + response.body());
        };
    }

    /** The sentence of a problem+json answer, or its whole body when it is not one. */
    private static String problemDetail(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("detail", response.body());
        } catch (RuntimeException notAProblem) {
            return response.body();
        }
    }

    /** The id at the end of a 201's {@code Location}. */
    private static long bookingId(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("A 201 without a Location: " + created.headers()));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** {@code POST /api/bookings/{id}/cancel} as the client, before the booking's cancellation deadline. */
    @Override
    boolean giveBack(SignedInClient client, Answer created) {
        HttpResponse<String> cancelled;
        try {
            cancelled = send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "api/bookings/" + created.bookingId() + "/cancel"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Cookie", client.cookie)
                    .header("X-CSRF-Token", client.csrfToken)
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("reason", "Warm-up booking given back").build().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        expect(cancelled, 200);
        return true;
    }

    // ---- set-up (not measured) ---------------------------------------------------------------------------------

    @Override
    List<Builder> builders(String namePrefix, int expected) throws Exception {
        List<Builder> found = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            JsonArray page = json(get("api/builders?q=" + URLEncoder.encode(namePrefix, StandardCharsets.UTF_8)
                    + "&limit=100&offset=" + offset)).asJsonArray();
            for (JsonObject builder : page.getValuesAs(JsonObject.class)) {
                if (!builder.getString("name").startsWith(namePrefix)) {
                    continue;
                }
                builder.getJsonArray("sessionTypes").getValuesAs(JsonObject.class).stream()
                        .filter(type -> type.getString("name").equals("Bench call"))
                        .findFirst()
                        .ifPresent(type -> found.add(new Builder(builder.getJsonNumber("id").longValue(),
                                type.getJsonNumber("id").longValue())));
            }
            if (page.size() < 100) {
                break;
            }
        }
        if (found.size() != expected) {
            throw new IllegalStateException("Expected " + expected + " builders named " + namePrefix + "..., found "
                    + found.size() + ": was bench/seed-builders.sql applied?");
        }
        found.sort((a, b) -> Long.compare(a.id, b.id));
        return found;
    }

    @Override
    SignedInClient client(int index) throws Exception {
        String email = "load-" + run + "-" + index + "@example.com";
        HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(baseUrl + "api/accounts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("email", email).add("displayName", "Load client " + index)
                        .add("password", PASSWORD).add("timezone", "Asia/Kolkata").build().toString())));
        expect(registered, 201);
        HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(baseUrl + "api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))));
        expect(me, 200);
        String cookie = me.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0].strip())
                .filter(pair -> pair.startsWith("JSESSIONID="))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("No session cookie from GET /api/me: " + me.headers()));
        JsonValue token = json(me).asJsonObject().get("csrfToken");
        if (!(token instanceof JsonString csrf)) {
            throw new IllegalStateException("No csrfToken from GET /api/me: " + me.body());
        }
        return new SignedInClient(email, cookie, csrf.getString());
    }

    @Override
    void loadFreeSlots(Builder builder, int days) throws Exception {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        JsonArray slots = json(get("api/builders/" + builder.id + "/slots?sessionType=" + builder.sessionTypeId
                + "&from=" + tomorrow + "&to=" + tomorrow.plusDays(days - 1L) + "&tz=UTC")).asJsonArray();
        for (JsonObject slot : slots.getValuesAs(JsonObject.class)) {
            builder.free.add(Instant.parse(slot.getString("start")));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonValue json(HttpResponse<String> response) {
        expect(response, 200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    /** A client signed in once: bookings carry its session cookie and CSRF token. */
    static final class SignedInClient extends Client {
        final String cookie;
        final String csrfToken;

        SignedInClient(String email, String cookie, String csrfToken) {
            super(email);
            this.cookie = cookie;
            this.csrfToken = csrfToken;
        }
    }
}
