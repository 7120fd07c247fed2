package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.infrastructure.JpaPaymentRepository;
import com.buildappswith.booking.payment.infrastructure.StripeGateway;
import com.buildappswith.booking.payment.infrastructure.StripeWebhookEvents;
import com.buildappswith.booking.payment.model.CheckoutLinks;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.Refund;
import com.buildappswith.booking.payment.model.RefundProgress;
import com.buildappswith.booking.payment.model.RefundSettled;
import com.buildappswith.booking.payment.model.RefundStatus;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.application.AvailabilityCache;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.Seeds;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.scheduling.infrastructure.SlotBookers;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.MovableClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refund Stripe fails, end to end through the Stripe library: the gateway against the build's Stripe stub
 * (config/dev/stripe-stub), correctly signed webhook events read as the webhook reads them, and the payment process
 * on a real database (PostgreSQL when BOOKING_DB_URL names one, else the embedded H2).
 */
class StripeRefundRetryTest {

    private static final String KEY = "sk_test_51RefundRetryTestKey";
    private static final String SECRET = "whsec_test_StripeRefundRetryTest";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Money PRICE = new Money(9900, Currency.getInstance("EUR"));

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.withConnections(3);

    private static WireMockServer stripe;

    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    /** Every refund settled meanwhile, also other tests' (the sweep settles every due refund in the database). */
    private final List<RefundSettled> settled = new ArrayList<>();
    private final StripeWebhookEvents webhook = new StripeWebhookEvents(SECRET, clock);
    private PaymentProcess process;
    private long booking;
    private String run;

    @BeforeAll
    static void startStub() {
        stripe = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .usingFilesUnderDirectory("../config/dev/stripe-stub"));
        stripe.start();
    }

    @AfterAll
    static void stopStub() {
        stripe.stop();
    }

    /** A booking paid through a Stripe checkout, confirmed by a signed checkout.session.completed event. */
    @BeforeEach
    void payABooking() {
        stripe.resetToDefaultMappings();
        stripe.resetRequests();
        run = UUID.randomUUID().toString().substring(0, 8);
        String client = "client-" + run + "@example.com";
        long type = DATABASE.inTransaction(entityManager -> {
            BuilderProfile builder = Seeds.listedBuilder(entityManager, "builder-" + run + "@example.com", BERLIN,
                    LocalTime.of(9, 0), LocalTime.of(17, 0));
            SessionType session = new SessionType(builder, "Code review", "An hour", Duration.ofHours(1), PRICE);
            entityManager.persist(session);
            Seeds.client(entityManager, client, BERLIN);
            entityManager.flush();
            return session.id();
        });
        Instant slot = LocalDate.ofInstant(clock.instant(), BERLIN).plusDays(7).atTime(10, 0).atZone(BERLIN)
                .toInstant();
        booking = DATABASE.inTransaction(entityManager -> SlotBookers.over(entityManager,
                        Clock.fixed(clock.instant(), ZoneOffset.UTC),
                        BookingPolicySource.fixed(BookingLimits.DEFAULTS, HoldLimits.DEFAULTS), new AvailabilityCache(),
                        change -> { })
                .book(client, new BookingRequest(type, slot, BERLIN, "Review my code", null)).id());
        process = new PaymentProcess(TestPayments.transactions(DATABASE, clock, settled::add),
                new StripeGateway(KEY, Optional.of(stripe.baseUrl())),
                new CheckoutLinks(URI.create("http://localhost:8080")), clock);
        String checkout = process.startCheckout(client, booking).checkoutSessionId();
        deliver("evt_paid_" + run, "checkout.session.completed", """
                {"id": "%s", "object": "checkout.session", "amount_total": 9900, "currency": "eur",
                 "client_reference_id": "%d", "metadata": {"booking_id": "%d"}, "mode": "payment",
                 "payment_intent": "pi_test_%s", "payment_status": "paid", "status": "complete",
                 "expires_at": %d, "livemode": false}"""
                .formatted(checkout, booking, booking, run, clock.instant().plusSeconds(3600).getEpochSecond()));
        PaymentStatus paid = DATABASE.inTransaction(entityManager -> new JpaPaymentRepository(entityManager)
                .ofBooking(booking).orElseThrow().status());
        assertThat(paid).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aRefundStripeAnswersFailedIsAskedForAgainUnderANewKeyAndSucceeds() {
        String key = "booking-" + booking + "-cancellation";
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key))
                .willReturn(okJson(refund("re_failed_" + run, "failed", "expired_or_canceled_card"))));

        process.refund(booking, PRICE, "cancelled by the builder", key);

        Refund failed = refund(key);
        assertThat(failed.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(failed.progress()).isEqualTo(RefundProgress.RETRYING);
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains("re_failed_" + run, "expired_or_canceled_card"));
        assertThat(settledOf(booking)).isEmpty();

        clock.advance(Refund.providerRetryDelay(1));
        process.sweep();

        assertThat(keysSent()).containsExactly(key, key + "-retry-1");
        Refund succeeded = refund(key);
        assertThat(succeeded.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(succeeded.providerRefundId()).hasValueSatisfying(id -> assertThat(id).startsWith("re_test_stub_"));
        assertThat(settledOf(booking))
                .containsExactly(new RefundSettled(booking, succeeded.id(), PRICE, true, Optional.empty()));
    }

    @Test
    void aSignedRefundUpdatedEventSayingFailedMakesItRetriedAndTheNextRefundSucceeds() {
        String key = "booking-" + booking + "-cancellation";
        String pending = "re_pending_" + run;
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key))
                .willReturn(okJson(refund(pending, "pending", null))));
        process.refund(booking, PRICE, "cancelled by the builder", key);
        assertThat(refund(key).providerRefundId()).contains(pending);

        assertThat(deliver("evt_refund_failed_" + run, "refund.updated",
                refund(pending, "failed", "lost_or_stolen_card"))).isEqualTo(PaymentEventOutcome.APPLIED);

        assertThat(refund(key).progress()).isEqualTo(RefundProgress.RETRYING);
        assertThat(refund(key).providerRefundId()).isEmpty();
        clock.advance(Refund.providerRetryDelay(1));
        process.sweep();
        assertThat(keysSent()).containsExactly(key, key + "-retry-1");
        assertThat(refund(key).status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(settledOf(booking)).singleElement().satisfies(event -> assertThat(event.succeeded()).isTrue());
    }

    @Test
    void aRefundWhoseAnswerWasLostIsSettledByItsEventThroughTheKeyItWasAskedUnder() {
        String key = "booking-" + booking + "-cancellation";
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong.\"}}")));
        process.refund(booking, PRICE, "cancelled by the builder", key);
        assertThat(refund(key).providerRefundId()).isEmpty();
        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds")))).isNotEmpty()
                .allSatisfy(sent -> assertThat(URLDecoder.decode(sent.getBodyAsString(), StandardCharsets.UTF_8))
                        .contains("metadata[refund_key]=" + key));

        String lost = "re_lost_" + run;
        assertThat(deliver("evt_refund_lost_" + run, "refund.updated", refund(lost, "succeeded", null)
                .replace("\"metadata\": {", "\"metadata\": {\"refund_key\": \"" + key + "\", ")))
                .isEqualTo(PaymentEventOutcome.APPLIED);

        assertThat(refund(key).status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refund(key).providerRefundId()).contains(lost);
        int asked = keysSent().size();
        clock.advance(Duration.ofDays(1));
        process.sweep();
        assertThat(keysSent()).as("not asked again").hasSize(asked).containsOnly(key);
        assertThat(settledOf(booking)).singleElement().satisfies(event -> assertThat(event.succeeded()).isTrue());
    }

    private PaymentEventOutcome deliver(String eventId, String type, String object) {
        String payload = """
                {"id": "%s", "object": "event", "api_version": "%s", "created": %d, "data": {"object": %s},
                 "livemode": false, "pending_webhooks": 1, "request": {"id": null, "idempotency_key": null},
                 "type": "%s"}""".formatted(eventId, Stripe.API_VERSION, clock.instant().getEpochSecond(), object,
                type);
        String signature;
        try {
            signature = Webhook.Signature.generateSignatureHeader(payload, SECRET, clock.instant().getEpochSecond());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java cannot sign with HMAC-SHA256.", e);
        }
        return process.receive(webhook.read(payload, signature).event().orElseThrow());
    }

    private String refund(String id, String status, String failureReason) {
        return """
                {"id": "%s", "object": "refund", "amount": 9900, "currency": "eur", "created": %d,
                 "metadata": {"booking_id": "%d"}, "payment_intent": "pi_test_%s", "status": "%s",
                 "failure_reason": %s}""".formatted(id, clock.instant().getEpochSecond(), booking, run, status,
                failureReason == null ? "null" : "\"" + failureReason + "\"");
    }

    private List<RefundSettled> settledOf(long booking) {
        return settled.stream().filter(event -> event.bookingId() == booking).toList();
    }

    /** The keys this test's booking's refunds were asked under (the sweep also asks for other tests' refunds). */
    private List<String> keysSent() {
        return stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds"))).stream()
                .map(request -> request.getHeader("Idempotency-Key"))
                .filter(key -> key.startsWith("booking-" + booking + "-"))
                .toList();
    }

    private static Refund refund(String idempotencyKey) {
        return DATABASE.inTransaction(entityManager ->
                new JpaPaymentRepository(entityManager).refundByIdempotencyKey(idempotencyKey).orElseThrow());
    }
}
