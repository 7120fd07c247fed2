package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying through Stripe against the deployed EAR, with the Stripe gateway pointed at the build's Stripe stub: what
 * the application sends Stripe, and what Stripe's signed webhook events (sent by the test, signed as Stripe signs
 * them) do to a booking, including every kind of bad delivery the test could think of. Runs in the build's Stripe
 * mode (untagged); the webhook in test mode is {@link TestModeWebhookApiIT}'s.
 */
class StripePaymentsApiIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final String PASSWORD = "paying through stripe";
    /** Every webhook abuse tried here and the answer it got, printed at the end for the note. */
    private static final List<String> ABUSES = Collections.synchronizedList(new ArrayList<>());

    private final ApiClient api = new ApiClient();
    private final StripeStub stripe = new StripeStub();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void listAbuses() {
        System.out.println("Webhook abuses tried and their answers:");
        ABUSES.forEach(abuse -> System.out.println("  - " + abuse));
    }

    @Test
    void aPaidBookingOpensOneCheckoutForItsAmountWithItsKeyBookingAndExpiry() throws Exception {
        Instant before = Instant.now();
        Booked booked = bookPaidSlot();

        JsonObject payment = booked.json().getJsonObject("payment");
        assertThat(booked.json().getString("status")).isEqualTo("HELD");
        assertThat(payment.getString("status")).isEqualTo("OPEN");
        assertThat(payment.getString("provider")).isEqualTo("stripe");
        assertThat(payment.getJsonNumber("amountMinor").longValue()).isEqualTo(11_000);
        assertThat(payment.getString("currency")).isEqualTo("GBP");
        assertThat(payment.getString("checkoutUrl")).startsWith(stripe.url() + "/c/pay/cs_test_");
        List<StripeStub.Request> opened = stripe.checkoutsOpenedFor(booked.id());
        assertThat(opened).singleElement().satisfies(request -> {
            assertThat(request.idempotencyKey()).isEqualTo("booking-" + booked.id() + "-checkout");
            assertThat(request.form())
                    .containsEntry("mode", "payment")
                    .containsEntry("line_items[0][quantity]", "1")
                    .containsEntry("line_items[0][price_data][unit_amount]", "11000")
                    .containsEntry("line_items[0][price_data][currency]", "gbp")
                    .containsEntry("metadata[booking_id]", Long.toString(booked.id()))
                    .containsEntry("customer_email", booked.client())
                    .containsEntry("success_url", BASE_URL + "booking/" + booked.json().getJsonNumber("builderId")
                            + "/success?booking=" + booked.id())
                    .containsEntry("cancel_url", BASE_URL + "payments/cancelled?booking=" + booked.id());
            assertThat(request.form().get("line_items[0][price_data][product_data][name]"))
                    .contains("Pairing hour").contains("Liam Walsh");
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(request.form().get("expires_at")));
            assertThat(expiresAt).isBetween(before.plus(Duration.ofMinutes(30)), Instant.now().plus(Duration.ofHours(24)));
        });
    }

    @Test
    void aSignedCompletedEventConfirmsTheBookingAndItsDuplicateChangesNothing() throws Exception {
        Booked booked = bookPaidSlot();
        String completed = StripeStub.sessionEvent("checkout.session.completed", booked.sessionId(), booked.id(),
                "paid", "pi_test_" + booked.id());

        HttpResponse<String> first = stripe.deliver(completed);
        HttpResponse<String> again = stripe.deliver(completed);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first.body()).getString("outcome")).isEqualTo("APPLIED");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again.body()).getString("outcome")).isEqualTo("ALREADY_PROCESSED");
        JsonObject booking = booking(booked);
        assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
        assertThat(booking.getJsonObject("payment").getString("status")).isEqualTo("PAID");
        assertThat(confirmations(booking)).isEqualTo(1);
    }

    @Test
    void deliveriesThatFailTheCheckAreRefusedAndChangeNothing() throws Exception {
        Booked booked = bookPaidSlot();
        String completed = StripeStub.sessionEvent("checkout.session.completed", booked.sessionId(), booked.id(),
                "paid", "pi_test_" + booked.id());
        long now = Instant.now().getEpochSecond();

        refused("a signature made with another secret", completed,
                StripeStub.signature(completed, "whsec_not_the_endpoints_secret", now), 400);
        refused("a signature six minutes old", completed,
                StripeStub.signature(completed, System.getProperty("booking.stripe.webhookSecret",
                        "whsec_booking_it_stub_secret"), now - 360), 400);
        refused("no Stripe-Signature header", completed, null, 400);
        refused("an empty Stripe-Signature header", completed, "", 400);
        refused("a header without a v1 signature", completed, "t=" + now + ",v0=abcdef", 400);
        refused("a header whose timestamp is not a number", completed, "t=soon,v1=abcdef", 400);
        refused("a body changed after signing (the amount)", completed.replace("11000", "1"),
                stripe.signature(completed), 400);
        String malformed = "{\"id\": \"evt_it_malformed\", \"type\": ";
        refused("a correctly signed body that is not JSON", malformed, stripe.signature(malformed), 400);
        String noStatus = completed.replace("\"payment_status\": \"paid\", ", "");
        refused("a correctly signed completed event without payment_status", noStatus, stripe.signature(noStatus),
                400);
        refused("an empty body", "", stripe.signature(""), 400);
        String huge = completed + " ".repeat(300 * 1024);
        refused("a correctly signed body of 300 KiB", huge, stripe.signature(huge), 413);

        JsonObject booking = booking(booked);
        assertThat(booking.getString("status")).isEqualTo("HELD");
        assertThat(booking.getJsonObject("payment").getString("status")).isEqualTo("OPEN");

        String otherType = completed.replace("\"type\": \"checkout.session.completed\"",
                "\"type\": \"customer.created\"");
        HttpResponse<String> ignored = stripe.deliver(otherType);
        ABUSES.add("a correctly signed event of a type not handled (customer.created): " + ignored.statusCode()
                + " " + ignored.body());
        assertThat(ignored.statusCode()).as(ignored.body()).isEqualTo(200);
        assertThat(json(ignored.body()).getString("outcome")).isEqualTo("IGNORED");
        assertThat(booking(booked).getString("status")).isEqualTo("HELD");
    }

    @Test
    void anExpiredCheckoutOffersTheSlotAgain() throws Exception {
        Booked booked = bookPaidSlot();

        HttpResponse<String> expired = stripe.deliver(StripeStub.sessionEvent("checkout.session.expired",
                booked.sessionId(), booked.id(), "unpaid", null));

        assertThat(expired.statusCode()).as(expired.body()).isEqualTo(200);
        JsonObject booking = booking(booked);
        assertThat(booking.getString("status")).isEqualTo("EXPIRED");
        assertThat(booking.getJsonObject("payment").getString("status")).isEqualTo("EXPIRED");
        assertThat(freeStarts()).contains(booked.start());
    }

    @Test
    void aLatePaymentForASlotTakenMeanwhileIsRefundedInFullAndTheOtherBookingStands() throws Exception {
        Booked late = bookPaidSlot();
        stripe.deliver(StripeStub.sessionEvent("checkout.session.expired", late.sessionId(), late.id(), "unpaid",
                null));
        Booked other = book(newClient("other"), late.slot());
        assertThat(other.json().getString("status")).isEqualTo("HELD");
        String paymentIntent = "pi_test_late_" + late.id();

        HttpResponse<String> paid = stripe.deliver(StripeStub.sessionEvent("checkout.session.completed",
                late.sessionId(), late.id(), "paid", paymentIntent));

        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(stripe.refundsOf(paymentIntent)).singleElement().satisfies(refund -> {
            assertThat(refund.form()).containsEntry("amount", "11000");
            assertThat(refund.idempotencyKey()).isNotBlank();
        });
        JsonObject booking = booking(late);
        assertThat(booking.getString("status")).isEqualTo("EXPIRED");
        assertThat(booking.getJsonObject("payment").getString("status")).isEqualTo("PAID");
        assertThat(booking.getJsonArray("history").getValuesAs(JsonObject.class))
                .anySatisfy(entry -> assertThat(entry.getString("reason", "")).contains("paid after the hold expired"));
        assertThat(booking(other).getString("status")).isEqualTo("HELD");
    }

    @Test
    void twentyConcurrentDeliveriesOfOneEventMakeOneTransition() throws Exception {
        Booked booked = bookPaidSlot();
        String completed = StripeStub.sessionEvent("checkout.session.completed", booked.sessionId(), booked.id(),
                "paid", "pi_test_" + booked.id());
        String signature = stripe.signature(completed);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService deliveries = Executors.newFixedThreadPool(20);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(deliveries.submit(() -> {
                    start.await();
                    return stripe.deliver(completed, signature);
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                outcomes.add(json(response.body()).getString("outcome"));
            }
            assertThat(outcomes).containsOnlyOnce("APPLIED").containsOnly("APPLIED", "ALREADY_PROCESSED");
        } finally {
            deliveries.shutdownNow();
        }
        JsonObject booking = booking(booked);
        assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
        assertThat(confirmations(booking)).isEqualTo(1);
    }

    private void refused(String abuse, String payload, String signature, int status) {
        HttpResponse<String> answer = stripe.deliver(payload, signature);
        ABUSES.add(abuse + ": " + answer.statusCode() + " " + answer.body());
        assertThat(answer.statusCode()).as(abuse + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(abuse).hasValue("application/problem+json");
        assertThat(answer.body()).as(abuse).doesNotContain("whsec_");
    }

    /** A client of its own books one of the free slots of Liam Walsh's paid "Pairing hour" (GBP 110.00). */
    private Booked bookPaidSlot() throws Exception {
        List<JsonObject> slots = api.freeSlots("Liam Walsh", "Pairing hour").getValuesAs(JsonObject.class);
        return book(newClient("payer"), slots.get(ThreadLocalRandom.current().nextInt(slots.size())));
    }

    private Client newClient(String name) throws Exception {
        Client client = new Client(name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        api.register(client.email(), "Stripe " + name, PASSWORD, "Europe/London");
        return client;
    }

    private Booked book(Client client, JsonObject slot) {
        HttpResponse<String> created = api.book(client.email(), PASSWORD,
                slot.getJsonNumber("sessionTypeId").longValue(), Instant.parse(slot.getString("start")),
                "Europe/London", "Paying through Stripe");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Booked(client, slot, json(created.body()));
    }

    private JsonObject booking(Booked booked) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(BASE_URL + "api/bookings/" + booked.id()))
                .header("Authorization", ApiClient.basic(booked.client(), PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body());
    }

    private List<String> freeStarts() throws Exception {
        return api.freeSlots("Liam Walsh", "Pairing hour").getValuesAs(JsonObject.class).stream()
                .map(slot -> slot.getString("start")).toList();
    }

    private static long confirmations(JsonObject booking) {
        return booking.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(entry -> "CONFIRMED".equals(entry.getString("to"))).count();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private record Client(String email) {
    }

    private record Booked(Client owner, JsonObject slot, JsonObject json) {

        long id() {
            return json.getJsonNumber("id").longValue();
        }

        String client() {
            return owner.email();
        }

        String start() {
            return slot.getString("start");
        }

        /** The checkout's id, the last segment of its URL at the stub. */
        String sessionId() {
            String url = json.getJsonObject("payment").getString("checkoutUrl");
            return url.substring(url.lastIndexOf('/') + 1);
        }
    }
}
