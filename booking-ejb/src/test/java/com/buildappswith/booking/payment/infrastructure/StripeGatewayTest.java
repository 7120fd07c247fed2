package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.payment.model.CheckoutRequest;
import com.buildappswith.booking.payment.model.CheckoutSession;
import com.buildappswith.booking.payment.model.CheckoutState;
import com.buildappswith.booking.payment.model.PaymentProviderException;
import com.buildappswith.booking.payment.model.RefundOutcome;
import com.buildappswith.booking.payment.model.RefundRequest;
import com.buildappswith.booking.shared.Money;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway against the Stripe stub of the build (config/dev/stripe-stub), as the deployed application meets it:
 * what reaches "Stripe" over HTTP, and how Stripe's answers and refusals come back.
 */
class StripeGatewayTest {

    private static final String KEY = "sk_test_51GatewayTestKeyThatMustNeverBeQuoted";
    private static WireMockServer stripe;

    private StripeGateway gateway;

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

    @BeforeEach
    void freshStub() {
        stripe.resetToDefaultMappings();
        gateway = new StripeGateway(KEY, Optional.of(stripe.baseUrl()));
    }

    @Test
    void opensOneCheckoutForTheBookingWithItsAmountEmailReturnUrlsAndExpiry() {
        Instant expiry = Instant.now().plus(45, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

        CheckoutSession session = gateway.openCheckout(new CheckoutRequest(42, "Pairing session with Ada Builder",
                new Money(12_550, Currency.getInstance("EUR")), "client@example.com",
                URI.create("http://localhost:8080/booking/7/success?booking=42"),
                URI.create("http://localhost:8080/payments/cancelled?booking=42"), expiry, "booking-42-checkout"));

        assertThat(session.id()).isEqualTo("cs_test_stub_booking_42");
        assertThat(session.url()).isEqualTo(URI.create(stripe.baseUrl() + "/c/pay/cs_test_stub_booking_42"));
        assertThat(session.expiresAt()).isEqualTo(expiry);
        LoggedRequest sent = onlyRequest("/v1/checkout/sessions");
        assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("booking-42-checkout");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(form(sent)).containsAllEntriesOf(Map.of(
                "mode", "payment",
                "line_items[0][quantity]", "1",
                "line_items[0][price_data][currency]", "eur",
                "line_items[0][price_data][unit_amount]", "12550",
                "line_items[0][price_data][product_data][name]", "Pairing session with Ada Builder",
                "client_reference_id", "42",
                "metadata[booking_id]", "42",
                "payment_intent_data[metadata][booking_id]", "42",
                "customer_email", "client@example.com",
                "expires_at", Long.toString(expiry.getEpochSecond())));
        assertThat(form(sent)).containsEntry("success_url", "http://localhost:8080/booking/7/success?booking=42")
                .containsEntry("cancel_url", "http://localhost:8080/payments/cancelled?booking=42");
    }

    @Test
    void readsWhereACheckoutStands() {
        assertThat(gateway.checkout("cs_test_open"))
                .isEqualTo(new CheckoutState("cs_test_open", CheckoutState.Status.OPEN, false, Optional.empty()));

        stripe.stubFor(session(get("/v1/checkout/sessions/cs_test_paid"), "cs_test_paid", "complete", "paid"));
        assertThat(gateway.checkout("cs_test_paid")).isEqualTo(new CheckoutState("cs_test_paid",
                CheckoutState.Status.COMPLETE, true, Optional.of("pi_test_cs_test_paid")));

        stripe.stubFor(session(get("/v1/checkout/sessions/cs_test_bank"), "cs_test_bank", "complete", "unpaid"));
        assertThat(gateway.checkout("cs_test_bank").paid()).isFalse();

        stripe.stubFor(session(get("/v1/checkout/sessions/cs_test_free"), "cs_test_free", "complete",
                "no_payment_required"));
        assertThat(gateway.checkout("cs_test_free").paid()).isTrue();
    }

    @Test
    void expiresAnOpenCheckout() {
        assertThat(gateway.expireCheckout("cs_test_lapsed"))
                .isEqualTo(new CheckoutState("cs_test_lapsed", CheckoutState.Status.EXPIRED, false, Optional.empty()));
        onlyRequest("/v1/checkout/sessions/cs_test_lapsed/expire");
    }

    @Test
    void aCheckoutCompletedMeanwhileAnswersWithItsStateRatherThanAnError() {
        stripe.stubFor(post("/v1/checkout/sessions/cs_test_paid/expire").willReturn(notOpen("complete")));
        stripe.stubFor(session(get("/v1/checkout/sessions/cs_test_paid"), "cs_test_paid", "complete", "paid"));

        CheckoutState state = gateway.expireCheckout("cs_test_paid");

        assertThat(state.status()).isEqualTo(CheckoutState.Status.COMPLETE);
        assertThat(state.paid()).isTrue();
        assertThat(state.paymentIntentId()).contains("pi_test_cs_test_paid");
    }

    @Test
    void aRefusedExpiryOfACheckoutStillOpenIsAFailure() {
        stripe.stubFor(post("/v1/checkout/sessions/cs_test_open/expire").willReturn(notOpen("open")));

        assertThatThrownBy(() -> gateway.expireCheckout("cs_test_open"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isTemporary()).isFalse())
                .hasMessageContaining("expiring checkout cs_test_open");
    }

    @Test
    void refundsTheAmountOfAPaymentWithItsReasonAndKey() {
        RefundOutcome outcome = gateway.refund(new RefundRequest(42, "pi_test_late",
                new Money(12_550, Currency.getInstance("EUR")), "paid after the hold expired",
                "booking-42-refund-1"));

        assertThat(outcome.status()).isEqualTo(RefundOutcome.Status.SUCCEEDED);
        assertThat(outcome.refundId()).startsWith("re_test_stub_");
        LoggedRequest sent = onlyRequest("/v1/refunds");
        assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("booking-42-refund-1");
        assertThat(form(sent)).containsAllEntriesOf(Map.of("payment_intent", "pi_test_late", "amount", "12550",
                "metadata[reason]", "paid after the hold expired", "metadata[booking_id]", "42"));
    }

    @Test
    void aServerErrorOrARateLimitIsTemporary() {
        stripe.stubFor(post("/v1/refunds").willReturn(stripeError(500, "api_error", null, "Something went wrong.")));
        assertThatThrownBy(this::refund).isInstanceOfSatisfying(PaymentProviderException.class,
                e -> assertThat(e.isTemporary()).isTrue());

        stripe.stubFor(post("/v1/refunds").willReturn(stripeError(429, "invalid_request_error", "rate_limit",
                "Too many requests hit the API too quickly.")));
        assertThatThrownBy(this::refund).isInstanceOfSatisfying(PaymentProviderException.class,
                e -> assertThat(e.isTemporary()).isTrue());
    }

    @Test
    void aRequestStripeIsStillBusyWithIsTemporary() {
        stripe.stubFor(post("/v1/refunds").willReturn(stripeError(409, "invalid_request_error", "lock_timeout",
                "This object cannot be accessed right now because another API request is modifying it.")));

        assertThatThrownBy(this::refund).isInstanceOfSatisfying(PaymentProviderException.class,
                e -> assertThat(e.isTemporary()).isTrue());
    }

    @Test
    void anUnreachableStripeIsTemporary() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StripeGateway unreachable = new StripeGateway(KEY, Optional.of("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> unreachable.checkout("cs_test_any"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isTemporary()).isTrue());
    }

    @Test
    void aRefusedRequestIsNotTemporary() {
        stripe.stubFor(post("/v1/refunds").willReturn(stripeError(400, "invalid_request_error",
                "charge_already_refunded", "Charge ch_1 has already been refunded.")));

        assertThatThrownBy(this::refund)
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isTemporary()).isFalse())
                .hasMessageContaining("has already been refunded");
    }

    @Test
    void neverQuotesTheKeyEvenWhenStripeDoes() {
        stripe.stubFor(post("/v1/refunds").willReturn(stripeError(401, "invalid_request_error", null,
                "Invalid API Key provided: " + KEY)));
        assertThatThrownBy(this::refund)
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isTemporary()).isFalse())
                .hasMessageContaining("BOOKING_STRIPE_SECRET_KEY")
                .hasMessageNotContaining(KEY).hasNoCause();

        stripe.stubFor(post("/v1/refunds").willReturn(stripeError(400, "invalid_request_error", null,
                "No such payment_intent for key " + KEY + " or secret whsec_abc123")));
        assertThatThrownBy(this::refund)
                .hasMessageNotContaining(KEY).hasMessageNotContaining("whsec_abc123").hasNoCause();
    }

    @Test
    void aTestKeyMovesNoRealMoney() {
        assertThat(gateway.isTestMode()).isTrue();
        assertThat(new StripeGateway("sk_live_abc", Optional.empty()).isTestMode()).isFalse();
        assertThat(gateway.provider()).isEqualTo("stripe");
    }

    private RefundOutcome refund() {
        return gateway.refund(new RefundRequest(1, "pi_test_1", new Money(100, Currency.getInstance("EUR")),
                "test", "booking-1-refund-1"));
    }

    private static LoggedRequest onlyRequest(String url) {
        List<LoggedRequest> requests = stripe.findAll(postRequestedFor(urlEqualTo(url)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static Map<String, String> form(LoggedRequest request) {
        return Arrays.stream(request.getBodyAsString().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : ""));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static MappingBuilder session(MappingBuilder request, String id, String status, String paymentStatus) {
        return request.atPriority(1).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id": "%s", "object": "checkout.session", "status": "%s", "payment_status": "%s",
                         "payment_intent": "pi_test_%s", "amount_total": 12550, "currency": "eur",
                         "client_reference_id": "42", "metadata": {"booking_id": "42"}, "livemode": false}
                        """.formatted(id, status, paymentStatus, id)));
    }

    private static ResponseDefinitionBuilder notOpen(String status) {
        return stripeError(400, "invalid_request_error", null, "Only Checkout Sessions with a status in [\"open\"] "
                + "can be expired. This Checkout Session has a status of '" + status + "'.");
    }

    private static ResponseDefinitionBuilder stripeError(
            int status, String type, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"type": "%s", %s"message": "%s"}}
                        """.formatted(type, code == null ? "" : "\"code\": \"" + code + "\", ",
                        message.replace("\"", "\\\"")));
    }
}
