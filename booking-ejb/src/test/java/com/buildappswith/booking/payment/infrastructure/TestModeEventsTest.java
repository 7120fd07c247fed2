package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.payment.model.PaymentEvent;
import com.buildappswith.booking.payment.model.PaymentSignal;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TestModeEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Money PRICE = Money.parse("150.00", "USD");

    /**
     * The test checkout's Pay gives what Stripe's checkout.session.completed (paid) gives once read, with fresh ids
     * that say they are the test mode's.
     */
    @Test
    void payingTheTestCheckoutIsAPaidCompletedCheckoutReadAsStripesWouldBe() {
        PaymentEvent event = TestModeEvents.checkoutPaid("cs_test_mode_1", 42, PRICE, NOW);

        assertThat(event.kind()).isEqualTo(PaymentEvent.Kind.CHECKOUT_PAID);
        assertThat(PaymentSignal.of(event.kind())).contains(PaymentSignal.PAID);
        assertThat(event.checkoutSessionId()).contains("cs_test_mode_1");
        assertThat(event.bookingId()).contains(42L);
        assertThat(event.paymentIntentId()).hasValueSatisfying(id -> assertThat(id).startsWith("pi_test_mode_"));
        assertThat(event.eventId()).startsWith("evt_test_mode_");
        assertThat(event.refund()).isEmpty();
        assertThat(event.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void everyPaymentIsAnEventOfItsOwn() {
        PaymentEvent first = TestModeEvents.checkoutPaid("cs_test_mode_1", 42, PRICE, NOW);
        PaymentEvent second = TestModeEvents.checkoutPaid("cs_test_mode_1", 42, PRICE, NOW);

        assertThat(second.eventId()).isNotEqualTo(first.eventId());
        assertThat(second.paymentIntentId()).isNotEqualTo(first.paymentIntentId());
    }
}
