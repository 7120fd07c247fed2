package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.payment.model.PaymentEvent;
import com.buildappswith.booking.payment.model.TestMode;
import com.buildappswith.booking.shared.Money;
import com.stripe.Stripe;
import com.stripe.net.Webhook;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The test mode's provider events, made as Stripe makes them: the event in Stripe's JSON at the API version the
 * library pins, signed, and read back by {@link StripeWebhookEvents}, so that a test-mode payment reaches the
 * lifecycle through the same reading as a Stripe delivery. Only the signing secret is not Stripe's: it is this
 * node's own, made at start and never written anywhere.
 */
public final class TestModeEvents {

    private static final String SECRET = TestMode.newId("whsec");

    private TestModeEvents() {
    }

    /** What Stripe sends when a checkout is completed and paid: {@code checkout.session.completed}, {@code paid}. */
    public static PaymentEvent checkoutPaid(String checkoutSessionId, long bookingId, Money amount, Instant now) {
        String payload = """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "%s",
                  "created": %d,
                  "data": {"object": {
                    "id": "%s", "object": "checkout.session", "mode": "payment", "status": "complete",
                    "payment_status": "paid", "amount_total": %d, "currency": "%s",
                    "client_reference_id": "%d", "metadata": {"%s": "%d"}, "payment_intent": "%s",
                    "livemode": false}},
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "checkout.session.completed"
                }""".formatted(TestMode.newId("evt"), Stripe.API_VERSION, now.getEpochSecond(), checkoutSessionId,
                amount.amountMinor(), amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT), bookingId,
                StripeGateway.BOOKING_ID, bookingId, TestMode.newId("pi"));
        return new StripeWebhookEvents(SECRET, Clock.fixed(now, ZoneOffset.UTC))
                .read(payload, signature(payload, now))
                .event()
                .orElseThrow(() -> new IllegalStateException("Stripe's own reading ignored a completed checkout."));
    }

    private static String signature(String payload, Instant now) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, SECRET, now.getEpochSecond());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot compute HMAC-SHA256.", e);
        }
    }
}
