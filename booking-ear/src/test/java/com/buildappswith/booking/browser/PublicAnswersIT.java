package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory, builders' pages and free slots are answered from memory while the database's version of what they
 * show stays the same (PublicAnswerFilter): a change made through the API is in the very next anonymous answer, on
 * whichever node it lands, and a browser that sends back an answer's entity tag gets a 304 without the body.
 */
class PublicAnswersIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final String ZONE = "Asia/Kolkata";
    private static final String PASSWORD = "a sufficiently long password";

    private final ApiClient api = new ApiClient();
    private final AdminApi admin = new AdminApi();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aNewSessionTypeIsOnTheBuildersPageAtTheNextAnonymousView() throws Exception {
        String path = "builders/" + TermsAndMyBookingsApiIT.adaId(api);
        String name = "Answered anew " + UUID.randomUUID().toString().substring(0, 8);
        String before = api.get(path).body();
        assertThat(api.get(path).body()).as("answered again").isEqualTo(before).doesNotContain(name);

        long typeId = TermsAndMyBookingsApiIT.offerFree(admin, name, null);
        try {
            assertThat(api.get(path).body()).contains(name);
        } finally {
            TermsAndMyBookingsApiIT.deactivate(admin, typeId);
        }
        assertThat(api.get(path).body()).doesNotContain(name);
    }

    @Test
    void aBookedSlotIsGoneFromTheNextAnonymousAnswer() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long typeId = TermsAndMyBookingsApiIT.offerFree(admin, "Answered slot " + run, null);
        String email = "answers-" + run + "@example.com";
        api.register(email, "Public answers client", PASSWORD, ZONE);
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));
        // Within the type's 30-day horizon, so that time alone does not change the answer and it is remembered.
        String slots = "api/builders/" + TermsAndMyBookingsApiIT.adaId(api) + "/slots?sessionType=" + typeId
                + "&from=" + today.plusDays(2) + "&to=" + today.plusDays(20) + "&tz=" + ZONE;
        try {
            List<String> before = starts(api.get(slots));
            HttpResponse<String> again = api.get(slots);
            assertThat(starts(again)).as("answered again").isEqualTo(before);
            assertThat(again.headers().firstValue("ETag")).as("remembered").isPresent();
            assertThat(before).hasSizeGreaterThan(1);

            HttpResponse<String> booked = api.book(email, PASSWORD, typeId, Instant.parse(before.get(1)), ZONE,
                    "Public answers");
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);

            List<String> after = starts(api.get(slots));
            assertThat(after).doesNotContain(before.get(1)).contains(before.get(0), before.get(2));
        } finally {
            TermsAndMyBookingsApiIT.deactivate(admin, typeId);
        }
    }

    @Test
    void aBrowserHoldingAnAnswerGetsNotModified() throws Exception {
        for (String path : new String[] {"", "builders/" + TermsAndMyBookingsApiIT.adaId(api)}) {
            HttpResponse<String> first = get(path, null);
            String tag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = get(path, tag);

            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(get(path, "\"something else\"").body()).as(path).isEqualTo(first.body());
        }
    }

    @Test
    void aBuildersPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("builders/" + TermsAndMyBookingsApiIT.adaId(api), null);

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> starts(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(slot -> slot.getString("start"))
                    .toList();
        }
    }
}
