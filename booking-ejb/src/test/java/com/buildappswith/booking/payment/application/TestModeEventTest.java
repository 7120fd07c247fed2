package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.model.PaymentEvent;
import com.buildappswith.booking.payment.model.PaymentSignal;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TestModeEventTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    /** The test checkout's Pay gives what Stripe's checkout.session.completed (paid) gives, with a fresh event id. */
    @Test
    void payingTheTestCheckoutIsAPaidCompletedCheckout() {
        PaymentEvent event = TestCheckout.paidEvent("cs_test_mode_1", 42, NOW);
        assertThat(event.kind()).isEqualTo(PaymentEvent.Kind.CHECKOUT_PAID);
        assertThat(PaymentSignal.of(event.kind())).contains(PaymentSignal.PAID);
        assertThat(event.checkoutSessionId()).contains("cs_test_mode_1");
        assertThat(event.bookingId()).contains(42L);
        assertThat(event.paymentIntentId()).hasValueSatisfying(id -> assertThat(id).startsWith("pi_test_mode_"));
        assertThat(event.eventId()).startsWith("evt_test_mode_");
        assertThat(event.refund()).isEmpty();
        assertThat(event.occurredAt()).isEqualTo(NOW);
        assertThat(TestCheckout.paidEvent("cs_test_mode_1", 42, NOW).eventId()).isNotEqualTo(event.eventId());
    }
}
