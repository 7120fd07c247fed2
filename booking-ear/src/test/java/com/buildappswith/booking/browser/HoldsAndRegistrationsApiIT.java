package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holding a builder's calendar is not free, against the deployed EAR: one client holds at most two unpaid sessions
 * at once, and one address registers only so many accounts an hour, through the API and the registration page alike.
 * The test server trusts this machine as a proxy, so each test's requests come from an address of their own.
 */
class HoldsAndRegistrationsApiIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    /** What the build gives the test server as {@code BOOKING_REGISTRATIONS_PER_ADDRESS}. */
    private static final int REGISTRATIONS_PER_ADDRESS = Integer.getInteger("booking.registrationsPerAddress", 10);
    private static final String PASSWORD = "holding without paying";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final ApiClient api = new ApiClient();

    @Test
    void aClientHoldsAtMostTwoUnpaidSessionsAtOnce() throws Exception {
        String client = "holder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        api.register(client, "Holder", PASSWORD, "Europe/London");
        List<JsonObject> days = onDifferentDays(3);

        HttpResponse<String> first = book(client, days.get(0));
        HttpResponse<String> second = book(client, days.get(1));
        HttpResponse<String> third = book(client, days.get(2));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(json(first.body()).getString("status")).isEqualTo("HELD");
        assertThat(third.statusCode()).as(third.body()).isEqualTo(422);
        assertThat(third.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(third.body()).getString("detail"))
                .startsWith("You already have as many sessions waiting for payment as one client may hold at once");
    }

    @Test
    void oneAddressRegistersItsShareOfAccountsAnHourThenIsToldHowLongToWait() throws Exception {
        String address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < REGISTRATIONS_PER_ADDRESS; i++) {
            HttpResponse<String> created = api.registerFrom(address, "share-" + run + "-" + i + "@example.com",
                    "Share " + i, PASSWORD, "Asia/Kolkata");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }

        HttpResponse<String> oneTooMany = api.registerFrom(address, "share-" + run + "-more@example.com", "More",
                PASSWORD, "Asia/Kolkata");

        assertThat(oneTooMany.statusCode()).as(oneTooMany.body()).isEqualTo(429);
        assertThat(oneTooMany.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(oneTooMany.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(3000L, 3600L));
        assertThat(json(oneTooMany.body()).getString("detail")).matches("Too many accounts have been registered "
                + "from your network in the last hour\\. Please try again in (59|60) minutes\\.");

        HttpResponse<String> onThePage = registerOnThePage(address, "share-" + run + "-page@example.com");
        assertThat(onThePage.statusCode()).isEqualTo(429);
        assertThat(onThePage.headers().firstValue("Retry-After")).isPresent();
        assertThat(onThePage.body()).contains("Too many accounts have been registered from your network");

        HttpResponse<String> elsewhere = api.registerFrom("198.51.100." + ThreadLocalRandom.current().nextInt(1, 255),
                "share-" + run + "-elsewhere@example.com", "Elsewhere", PASSWORD, "Asia/Kolkata");
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(201);
    }

    /** The registration form posted as a browser would, through the trusted proxy for a client at {@code address}. */
    private static HttpResponse<String> registerOnThePage(String address, String email) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(BASE_URL + "register.xhtml"))
                .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertThat(viewState.find()).as(form.body()).isTrue();
        Map<String, String> fields = Map.of("registration", "registration",
                "registration:email", email, "registration:displayName", "On the page",
                "registration:password", PASSWORD, "registration:timezone", "Asia/Kolkata",
                "registration:register", "", "jakarta.faces.ViewState", viewState.group(1));
        return browser.send(HttpRequest.newBuilder(URI.create(BASE_URL + "register.xhtml"))
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&"))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Free slots of a paid session type, one on each of {@code count} days, so that none of them overlap. */
    private List<JsonObject> onDifferentDays(int count) throws Exception {
        List<JsonObject> chosen = new ArrayList<>();
        Instant next = Instant.MIN;
        for (JsonObject slot : api.freeSlots("Liam Walsh", "Pairing hour").getValuesAs(JsonObject.class)) {
            Instant start = Instant.parse(slot.getString("start"));
            if (!start.isBefore(next) && chosen.size() < count) {
                chosen.add(slot);
                next = start.plus(Duration.ofDays(1));
            }
        }
        assertThat(chosen).hasSize(count);
        return chosen;
    }

    private HttpResponse<String> book(String client, JsonObject slot) {
        return api.book(client, PASSWORD, slot.getJsonNumber("sessionTypeId").longValue(),
                Instant.parse(slot.getString("start")), "Europe/London", "Holding a slot");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
