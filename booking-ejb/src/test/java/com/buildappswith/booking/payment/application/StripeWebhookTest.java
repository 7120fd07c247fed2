package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.infrastructure.WebhookRefusedException;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.StartUpProblems;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which deliveries the webhook takes, by configuration, before any of them reaches a payment. */
class StripeWebhookTest {

    private static final Instant NOW = Instant.parse("2026-11-30T07:00:00Z");
    private static final String SECRET = "whsec_test_StripeWebhookTest";

    private final StartUpProblems problems = new StartUpProblems();
    private final StripeWebhook webhook = new StripeWebhook(null, problems, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void withoutStripeSettingsThereIsNoWebhookAndNoProblem() {
        webhook.configure(settings(Map.of()));

        assertThat(webhook.isConfigured()).isFalse();
        assertThat(problems.current()).isEmpty();
    }

    @Test
    void aKeyWithoutItsWebhookSecretIsAStartUpProblemAndDeliveriesWaitFor503() {
        webhook.configure(settings(Map.of("BOOKING_STRIPE_SECRET_KEY", "sk_test_abc")));

        assertThat(webhook.isConfigured()).isTrue();
        assertThat(problems.current()).singleElement().asString()
                .startsWith("payments: BOOKING_STRIPE_SECRET_KEY is set without BOOKING_STRIPE_WEBHOOK_SECRET")
                .doesNotContain("sk_test_abc");
        assertThatThrownBy(() -> webhook.receive("{}", "t=1,v1=00"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.UNAVAILABLE));
    }

    @Test
    void aWebhookSecretWithoutAKeyIsAStartUpProblemToo() {
        webhook.configure(settings(Map.of("BOOKING_STRIPE_WEBHOOK_SECRET", SECRET)));

        assertThat(webhook.isConfigured()).isFalse();
        assertThat(problems.current()).singleElement().asString().contains("offline test mode")
                .doesNotContain(SECRET);
    }

    @Test
    void aConfiguredWebhookRefusesABadDeliveryAndIgnoresAnEventItDoesNotHandle() throws Exception {
        webhook.configure(settings(Map.of("BOOKING_STRIPE_SECRET_KEY", "sk_test_abc",
                "BOOKING_STRIPE_WEBHOOK_SECRET", SECRET)));
        String event = """
                {"id": "evt_1", "object": "event", "api_version": "%s", "created": %d, "type": "customer.created",
                 "data": {"object": {"id": "cus_1", "object": "customer"}}}"""
                .formatted(Stripe.API_VERSION, NOW.getEpochSecond());

        assertThat(problems.current()).isEmpty();
        assertThatThrownBy(() -> webhook.receive(event, Webhook.Signature.generateSignatureHeader(event,
                "whsec_other", NOW.getEpochSecond()))).isInstanceOf(WebhookRefusedException.class);
        StripeWebhook.Receipt receipt = webhook.receive(event,
                Webhook.Signature.generateSignatureHeader(event, SECRET, NOW.getEpochSecond()));
        assertThat(receipt.eventId()).isEqualTo("evt_1");
        assertThat(receipt.type()).isEqualTo("customer.created");
        assertThat(receipt.outcome()).isEmpty();
    }

    private static Settings settings(Map<String, String> environment) {
        return new Settings(environment, new Properties());
    }
}
