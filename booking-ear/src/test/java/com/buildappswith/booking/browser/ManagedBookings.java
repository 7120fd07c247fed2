package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bookings to manage, made through the API of the deployed EAR for the management tests: a paid session type of
 * the demo builder Ada Okafor's own (GBP 110.00, the amount the Stripe stub's events carry; or a free one,
 * {@link #openFree}; no minimum notice, so a booking can start within the hour), her whole days open for the next
 * week through {@code /api/me/availability} (date overrides, removed again by {@link #close}), clients of their own,
 * and bookings paid through a signed Stripe event. The terms a booking of the type gets (the site's default policy,
 * whatever an admin made it) are read from a first booking, so the tests place theirs inside or outside its windows
 * whatever they are.
 */
final class ManagedBookings implements AutoCloseable {

    static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    static final String PASSWORD = "managing booked sessions";
    static final ZoneId ADA_ZONE = ZoneId.of("America/New_York");
    static final long PRICE_MINOR = 11_000;
    static final int DAYS_OPEN = 9;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ApiClient api = new ApiClient();
    private final StripeStub stripe = new StripeStub();
    private final long builderId;
    private final long sessionTypeId;
    private final String sessionTypeName;
    private final List<Long> overrides = new ArrayList<>();
    private Terms terms;

    private ManagedBookings(long builderId, long sessionTypeId, String sessionTypeName) {
        this.builderId = builderId;
        this.sessionTypeId = sessionTypeId;
        this.sessionTypeName = sessionTypeName;
    }

    /** Ada offers a new paid half hour and opens her next days whole; {@link #close} undoes the opening. */
    static ManagedBookings open(String purpose) throws Exception {
        return open(purpose, true, 30);
    }

    /** The same with a free half hour: its bookings are confirmed at once. */
    static ManagedBookings openFree(String purpose) throws Exception {
        return open(purpose, false, 30);
    }

    /**
     * A free half hour that may start every {@code stepMinutes}: many more starts to choose from inside a short
     * window than the half-hourly grid, which other tests' bookings of Ada's time may have used up.
     */
    static ManagedBookings openFree(String purpose, int stepMinutes) throws Exception {
        return open(purpose, false, stepMinutes);
    }

    private static ManagedBookings open(String purpose, boolean paid, int stepMinutes) throws Exception {
        String name = "Managed " + purpose + " " + UUID.randomUUID().toString().substring(0, 6);
        HttpClient http = HttpClient.newHttpClient();
        JsonObjectBuilder type = Json.createObjectBuilder()
                .add("name", name).add("description", "A half hour to manage: " + purpose)
                .add("durationMinutes", 30).add("bufferBeforeMinutes", 0).add("bufferAfterMinutes", 0)
                .add("minimumNoticeMinutes", 0).add("horizonDays", 12).add("stepMinutes", stepMinutes)
                .add("capacity", 1);
        if (paid) {
            type.add("price", Json.createObjectBuilder().add("amount", "110.00").add("currency", "GBP"));
        }
        HttpResponse<String> offered = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/me/session-types"))
                .header("Content-Type", "application/json")
                .header("Authorization", ApiClient.basic(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(type.build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        long typeId = json(offered.body()).getJsonNumber("id").longValue();
        HttpResponse<String> builders = http.send(HttpRequest.newBuilder(URI.create(BASE_URL
                + "api/builders?q=Ada%20Okafor")).build(), HttpResponse.BodyHandlers.ofString());
        long ada = Json.createReader(new StringReader(builders.body())).readArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        ManagedBookings fixture = new ManagedBookings(ada, typeId, name);
        fixture.openWholeDays();
        return fixture;
    }

    private void openWholeDays() {
        LocalDate today = LocalDate.now(ADA_ZONE);
        for (int day = 0; day < DAYS_OPEN; day++) {
            LocalDate date = today.plusDays(day);
            HttpResponse<String> opened = asAda("PUT", "api/me/availability/overrides/" + date,
                    "{\"hours\":[{\"start\":\"00:00\",\"end\":\"24:00\"}]}");
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
            json(opened.body()).getJsonArray("overrides").getValuesAs(JsonObject.class).stream()
                    .filter(override -> override.getString("date").equals(date.toString()))
                    .forEach(override -> overrides.add(override.getJsonNumber("id").longValue()));
        }
    }

    /** Gives Ada's days back their weekly hours and switches the test's session type off. */
    @Override
    public void close() {
        overrides.forEach(id -> asAda("DELETE", "api/me/availability/overrides/" + id, null));
        asAda("PUT", "api/me/session-types/" + sessionTypeId + "/active", "{\"active\":false}");
    }

    long builderId() {
        return builderId;
    }

    long sessionTypeId() {
        return sessionTypeId;
    }

    String sessionTypeName() {
        return sessionTypeName;
    }

    StripeStub stripe() {
        return stripe;
    }

    /** A new client account of the test's own. */
    String newClient(String name) throws Exception {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        api.register(email, "Managing " + name, PASSWORD, "Asia/Kolkata");
        return email;
    }

    /** The first free start of the test's session type at or after {@code earliest}, before {@code latest}. */
    Instant freeStartBetween(Instant earliest, Instant latest) throws Exception {
        return freeStarts(earliest, latest).stream().findFirst().orElseThrow(() -> new AssertionError(
                "No free start of " + sessionTypeName + " between " + earliest + " and " + latest));
    }

    List<Instant> freeStarts(Instant earliest, Instant latest) throws Exception {
        HttpResponse<String> slots = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/builders/"
                + builderId + "/slots?sessionType=" + sessionTypeId + "&from="
                + LocalDate.ofInstant(earliest, ZoneId.of("UTC")) + "&to=" + LocalDate.ofInstant(latest,
                ZoneId.of("UTC")) + "&tz=UTC")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
        return Json.createReader(new StringReader(slots.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(slot -> Instant.parse(slot.getString("start")))
                .filter(start -> !start.isBefore(earliest) && start.isBefore(latest))
                .toList();
    }

    /** Books {@code start} as {@code client}; the answer, whatever it is. */
    HttpResponse<String> book(String client, Instant start) {
        return api.book(client, PASSWORD, sessionTypeId, start, "Asia/Kolkata", "Managing it later");
    }

    /** Books {@code start} as {@code client} and pays it through a signed Stripe event: a CONFIRMED booking. */
    long bookAndPay(String client, Instant start) throws Exception {
        HttpResponse<String> created = book(client, start);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject booking = json(created.body());
        long id = booking.getJsonNumber("id").longValue();
        String checkout = booking.getJsonObject("payment").getString("checkoutUrl");
        HttpResponse<String> paid = stripe.deliver(StripeStub.sessionEvent("checkout.session.completed",
                checkout.substring(checkout.lastIndexOf('/') + 1), id, "paid", paymentIntent(id)));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(booking(client, id).getString("status")).isEqualTo("CONFIRMED");
        return id;
    }

    /** A paid booking of {@code client}'s, three to five days ahead: well inside any free window. */
    long bookAndPayInAFewDays(String client) throws Exception {
        return bookAndPay(client, freeStartBetween(Instant.now().plus(Duration.ofDays(3)),
                Instant.now().plus(Duration.ofDays(5))));
    }

    /** The payment intent the test's Stripe event gave a booking's payment. */
    static String paymentIntent(long bookingId) {
        return "pi_test_managed_" + bookingId;
    }

    /**
     * The refunds the application asked the stub for of a booking's payment, waiting a few seconds for the first:
     * the provider is asked after the cancellation commits.
     */
    List<StripeStub.Request> refundsOf(long bookingId) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(15);
        List<StripeStub.Request> refunds = stripe.refundsOf(paymentIntent(bookingId));
        while (refunds.isEmpty() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
            refunds = stripe.refundsOf(paymentIntent(bookingId));
        }
        return refunds;
    }

    /** {@code GET /api/bookings/{id}} as {@code client}, which must answer 200. */
    JsonObject booking(String client, long id) {
        HttpResponse<String> answer = as(client, "GET", "api/bookings/" + id, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body());
    }

    /** A request to the API as the account {@code email} (with the tests' password, or the demo one for Ada). */
    HttpResponse<String> as(String email, String method, String path, String body) {
        String password = email.endsWith("@demo.buildappswith.com") ? SignIn.DEMO_PASSWORD : PASSWORD;
        return new ApiCalls(email, password).send(method, path, body);
    }

    HttpResponse<String> asAda(String method, String path, String body) {
        return as(SignIn.DEMO_BUILDER, method, path, body);
    }

    /**
     * The terms bookings of the test's type get now, read from a booking made for the purpose some days ahead
     * (then cancelled, so the slot is free again).
     */
    Terms terms() throws Exception {
        if (terms == null) {
            Instant probeStart = freeStartBetween(Instant.now().plus(Duration.ofDays(DAYS_OPEN - 2)),
                    Instant.now().plus(Duration.ofDays(DAYS_OPEN - 1)));
            String prober = newClient("prober");
            HttpResponse<String> created = book(prober, probeStart);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonObject booking = json(created.body());
            terms = Terms.of(booking.getJsonObject("terms"), probeStart);
            as(prober, "POST", "api/bookings/" + booking.getJsonNumber("id") + "/cancel", "{\"reason\":\"probe\"}");
        }
        return terms;
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /**
     * A booking's terms measured back from its start: what each window gives back and how much notice it needs at
     * least, until when before the start it may be moved, and how often.
     */
    record Terms(String policy, List<Window> windows, Duration rescheduleNotice, int maxReschedules) {

        static Terms of(JsonObject json, Instant start) {
            return new Terms(json.getString("policy"), json.getJsonArray("windows").getValuesAs(JsonObject.class)
                    .stream()
                    .map(window -> new Window(window.getInt("percent"),
                            Duration.between(Instant.parse(window.getString("until")), start)))
                    .toList(),
                    Duration.between(Instant.parse(json.getString("rescheduleUntil")), start),
                    json.getInt("maxReschedules"));
        }

        /** Cancelling at least this long before the start gives everything back. */
        Duration freeNotice() {
            return windows.get(0).notice();
        }

        /** The part given back with {@code notice} before the start. */
        int percentWith(Duration notice) {
            return windows.stream()
                    .filter(window -> notice.compareTo(window.notice()) >= 0)
                    .mapToInt(Window::percent)
                    .findFirst()
                    .orElse(0);
        }
    }

    /** Cancelling with at least {@code notice} before the start (less than the window before) gives back so much. */
    record Window(int percent, Duration notice) {
    }
}
