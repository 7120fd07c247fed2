package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.payment.model.PaymentEvent;
import com.buildappswith.booking.payment.model.RefundOutcome;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deliveries signed exactly as Stripe signs them, good and bad. */
class StripeWebhookEventsTest {

    private static final String SECRET = "whsec_test_StripeWebhookEventsTestSecret";
    private static final Instant NOW = Instant.parse("2026-11-30T07:00:00Z");
    private static final long CREATED = NOW.minusSeconds(2).getEpochSecond();

    private final StripeWebhookEvents events = new StripeWebhookEvents(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger(StripeWebhookEvents.class.getName()).addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger(StripeWebhookEvents.class.getName()).removeHandler(capture);
    }

    @Test
    void aPaidCompletedCheckoutIsThePayment() {
        String payload = sessionEvent("evt_1", "checkout.session.completed", Stripe.API_VERSION, "complete", "paid");

        StripeWebhookEvents.Delivery delivery = events.read(payload, signed(payload));

        assertThat(delivery.eventId()).isEqualTo("evt_1");
        assertThat(delivery.type()).isEqualTo("checkout.session.completed");
        assertThat(delivery.event()).contains(new PaymentEvent("evt_1", PaymentEvent.Kind.CHECKOUT_PAID,
                Optional.of("cs_test_a1"), Optional.of(42L), Optional.of("pi_test_a1"), Optional.empty(),
                Instant.ofEpochSecond(CREATED)));
    }

    @ParameterizedTest(name = "{0} with payment_status {1} is {2}")
    @CsvSource({
            "checkout.session.completed, paid, CHECKOUT_PAID",
            "checkout.session.completed, no_payment_required, CHECKOUT_PAID",
            "checkout.session.completed, unpaid, CHECKOUT_AWAITING_PAYMENT",
            "checkout.session.async_payment_succeeded, paid, ASYNC_PAYMENT_SUCCEEDED",
            "checkout.session.async_payment_failed, unpaid, ASYNC_PAYMENT_FAILED",
            "checkout.session.expired, unpaid, CHECKOUT_EXPIRED"})
    void eachCheckoutEventHasItsKind(String type, String paymentStatus, PaymentEvent.Kind kind) {
        String payload = sessionEvent("evt_2", type, Stripe.API_VERSION, "complete", paymentStatus);

        PaymentEvent event = events.read(payload, signed(payload)).event().orElseThrow();

        assertThat(event.kind()).isEqualTo(kind);
        assertThat(event.checkoutSessionId()).contains("cs_test_a1");
        assertThat(event.bookingId()).contains(42L);
    }

    @ParameterizedTest(name = "{0} with status {1} is {2}")
    @CsvSource({
            "refund.created, pending, PENDING",
            "refund.updated, succeeded, SUCCEEDED",
            "refund.updated, requires_action, PENDING",
            "refund.failed, failed, FAILED",
            "refund.updated, canceled, CANCELED"})
    void refundEventsCarryTheRefundsState(String type, String status, RefundOutcome.Status outcome) {
        String payload = event("evt_3", type, Stripe.API_VERSION, """
                {"id": "re_test_1", "object": "refund", "amount": 12550, "currency": "eur", "status": "%s",
                 "payment_intent": "pi_test_a1", "failure_reason": %s, "metadata": {"booking_id": "42"}}"""
                .formatted(status, status.equals("failed") ? "\"expired_or_canceled_card\"" : "null"));

        PaymentEvent event = events.read(payload, signed(payload)).event().orElseThrow();

        assertThat(event.kind()).isEqualTo(PaymentEvent.Kind.REFUND_UPDATED);
        assertThat(event.refund()).contains(new RefundOutcome("re_test_1", outcome,
                status.equals("failed") ? Optional.of("expired_or_canceled_card") : Optional.empty()));
        assertThat(event.paymentIntentId()).contains("pi_test_a1");
        assertThat(event.bookingId()).contains(42L);
        assertThat(event.checkoutSessionId()).isEmpty();
    }

    @Test
    void anEventOfAnotherTypeIsAcceptedAndIgnored() {
        String payload = event("evt_4", "payment_intent.created", Stripe.API_VERSION, """
                {"id": "pi_test_a1", "object": "payment_intent", "amount": 12550, "currency": "eur"}""");

        StripeWebhookEvents.Delivery delivery = events.read(payload, signed(payload));

        assertThat(delivery.eventId()).isEqualTo("evt_4");
        assertThat(delivery.event()).isEmpty();
    }

    @Test
    void anEventInAnotherApiVersionIsReadAndTheMismatchLoggedOnce() {
        String older = "2025-03-31.basil";
        String first = sessionEvent("evt_5", "checkout.session.completed", older, "complete", "paid");
        String second = sessionEvent("evt_6", "checkout.session.expired", older, "expired", "unpaid");

        PaymentEvent paid = events.read(first, signed(first)).event().orElseThrow();
        PaymentEvent expired = events.read(second, signed(second)).event().orElseThrow();

        assertThat(paid.kind()).isEqualTo(PaymentEvent.Kind.CHECKOUT_PAID);
        assertThat(paid.checkoutSessionId()).contains("cs_test_a1");
        assertThat(paid.paymentIntentId()).contains("pi_test_a1");
        assertThat(expired.kind()).isEqualTo(PaymentEvent.Kind.CHECKOUT_EXPIRED);
        assertThat(logged).singleElement().satisfies(record -> assertThat(record.getMessage())
                .contains(older).contains(Stripe.API_VERSION));
    }

    @Test
    void anyOfSeveralV1SignaturesMayMatch() throws Exception {
        String payload = sessionEvent("evt_7", "checkout.session.completed", Stripe.API_VERSION, "complete", "paid");
        long t = NOW.getEpochSecond();
        String header = "t=" + t + ",v1=" + hmac("whsec_the_old_secret", t, payload) + ",v1=" + hmac(SECRET, t, payload)
                + ",v0=" + hmac("whsec_another", t, payload);

        assertThat(events.read(payload, header).eventId()).isEqualTo("evt_7");
    }

    @Test
    void aSignatureUpToFiveMinutesOldIsAccepted() throws Exception {
        String payload = sessionEvent("evt_8", "checkout.session.completed", Stripe.API_VERSION, "complete", "paid");
        long t = NOW.getEpochSecond() - 299;

        assertThat(events.read(payload, "t=" + t + ",v1=" + hmac(SECRET, t, payload)).eventId()).isEqualTo("evt_8");
    }

    @Test
    void aStaleSignatureIsRefused() throws Exception {
        String payload = sessionEvent("evt_9", "checkout.session.completed", Stripe.API_VERSION, "complete", "paid");
        long t = NOW.getEpochSecond() - 301;

        assertRefused(payload, "t=" + t + ",v1=" + hmac(SECRET, t, payload), "Timestamp outside the tolerance zone");
    }

    @Test
    void aSignatureWithAnotherSecretIsRefused() {
        String payload = sessionEvent("evt_10", "checkout.session.completed", Stripe.API_VERSION, "complete", "paid");

        assertRefused(payload, signed(payload, "whsec_someone_else"), "No signatures found matching");
    }

    @Test
    void aTamperedBodyIsRefused() {
        String payload = sessionEvent("evt_11", "checkout.session.completed", Stripe.API_VERSION, "complete", "paid");
        String header = signed(payload);

        assertRefused(payload.replace("\"unpaid\"", "\"paid\"").replace("12550", "1"), header,
                "No signatures found matching");
    }

    @ParameterizedTest(name = "header \"{0}\"")
    @ValueSource(strings = {"", "   ", "garbage", "t=abc,v1=00", "v1=abcdef", "t=1796000000,v0=abcdef"})
    void aMissingOrMalformedHeaderIsRefused(String header) {
        String payload = sessionEvent("evt_12", "checkout.session.completed", Stripe.API_VERSION, "complete", "paid");

        assertThatThrownBy(() -> events.read(payload, header)).isInstanceOf(WebhookRefusedException.class)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void noHeaderAtAllIsRefused() {
        String payload = sessionEvent("evt_13", "checkout.session.completed", Stripe.API_VERSION, "complete", "paid");

        assertRefused(payload, null, "no Stripe-Signature header");
    }

    @ParameterizedTest(name = "body {0}")
    @ValueSource(strings = {"{not json", "[1, 2, 3]", "\"event\"", "{\"id\": {\"nested\": true}}"})
    void aSignedBodyThatIsNotAnEventIsRefused(String payload) {
        assertThatThrownBy(() -> events.read(payload, signed(payload))).isInstanceOf(WebhookRefusedException.class)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aHandledEventWithoutAFieldItNeedsIsRefused() {
        String noPaymentStatus = event("evt_14", "checkout.session.completed", Stripe.API_VERSION, """
                {"id": "cs_test_a1", "object": "checkout.session", "status": "complete"}""");
        assertRefused(noPaymentStatus, signed(noPaymentStatus), "has no data.object.payment_status");

        String noSession = event("evt_15", "checkout.session.expired", Stripe.API_VERSION, """
                {"object": "checkout.session", "status": "expired"}""");
        assertRefused(noSession, signed(noSession), "has no data.object.id");

        String noRefundStatus = event("evt_16", "refund.updated", Stripe.API_VERSION, """
                {"id": "re_test_1", "object": "refund", "amount": 100}""");
        assertRefused(noRefundStatus, signed(noRefundStatus), "has no data.object.status");

        String noData = """
                {"id": "evt_17", "object": "event", "api_version": "2026-07-29.dahlia", "type": "checkout.session.completed",
                 "created": %d}"""
                .formatted(CREATED);
        assertRefused(noData, signed(noData), "has no data.object");

        String emptyData = """
                {"id": "evt_17b", "object": "event", "api_version": "2026-07-29.dahlia", "type": "checkout.session.completed",
                 "created": %d,
                 "data": {}}""".formatted(CREATED);
        assertRefused(emptyData, signed(emptyData), "has no data.object");

        String nullObject = event("evt_17c", "checkout.session.completed", Stripe.API_VERSION, "null");
        assertRefused(nullObject, signed(nullObject), "is not a Stripe event");

        String noVersion = """
                {"id": "evt_17d", "object": "event", "type": "checkout.session.completed", "created": %d,
                 "data": {"object": {"id": "cs_test_a1", "object": "checkout.session", "payment_status": "paid"}}}"""
                .formatted(CREATED);
        assertRefused(noVersion, signed(noVersion), "has no api_version");

        String noId = event("", "checkout.session.completed", Stripe.API_VERSION, "{}");
        assertRefused(noId, signed(noId), "has no id");

        String wrongObject = event("evt_18", "checkout.session.completed", Stripe.API_VERSION, """
                {"id": "re_test_1", "object": "refund", "status": "succeeded"}""");
        assertRefused(wrongObject, signed(wrongObject), "does not carry a checkout.session object");

        String oddStatus = sessionEvent("evt_19", "checkout.session.completed", Stripe.API_VERSION, "complete",
                "partially_paid");
        assertRefused(oddStatus, signed(oddStatus), "partially_paid");
    }

    @Test
    void aCheckoutThatNamesNoBookingOfOursConcernsNoBooking() {
        String payload = event("evt_20", "checkout.session.completed", Stripe.API_VERSION, """
                {"id": "cs_test_other", "object": "checkout.session", "status": "complete", "payment_status": "paid",
                 "client_reference_id": "order-77", "metadata": {}}""");

        PaymentEvent event = events.read(payload, signed(payload)).event().orElseThrow();

        assertThat(event.bookingId()).isEmpty();
        assertThat(event.checkoutSessionId()).contains("cs_test_other");
    }

    private void assertRefused(String payload, String header, String reason) {
        assertThatThrownBy(() -> events.read(payload, header)).isInstanceOf(WebhookRefusedException.class)
                .hasMessageContaining(reason).hasMessageNotContaining(SECRET);
    }

    private static String signed(String payload) {
        return signed(payload, SECRET);
    }

    private static String signed(String payload, String secret) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, secret, NOW.getEpochSecond());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signature as Stripe documents it, without its library: HMAC-SHA256 of "t.payload", in hex. */
    private static String hmac(String secret, long t, String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
    }

    private static String sessionEvent(String id, String type, String apiVersion, String status, String paymentStatus) {
        return event(id, type, apiVersion, """
                {"id": "cs_test_a1", "object": "checkout.session", "amount_total": 12550, "currency": "eur",
                 "client_reference_id": "42", "metadata": {"booking_id": "42"}, "mode": "payment",
                 "payment_intent": "pi_test_a1", "payment_status": "%s", "status": "%s",
                 "expires_at": %d, "livemode": false}""".formatted(paymentStatus, status, CREATED + 3600));
    }

    private static String event(String id, String type, String apiVersion, String object) {
        return """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "%s",
                  "created": %d,
                  "data": {"object": %s},
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "%s"
                }""".formatted(id, apiVersion, CREATED, object, type);
    }
}
