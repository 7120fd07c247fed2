package com.buildappswith.booking.payment.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentStatusTest {

    @Test
    void anOpenCheckoutFollowsWhatTheProviderSays() {
        assertThat(PaymentStatus.OPEN.after(PaymentSignal.PAID)).contains(PaymentStatus.PAID);
        assertThat(PaymentStatus.OPEN.after(PaymentSignal.AWAITING)).contains(PaymentStatus.AWAITING_PAYMENT);
        assertThat(PaymentStatus.OPEN.after(PaymentSignal.FAILED)).contains(PaymentStatus.FAILED);
        assertThat(PaymentStatus.OPEN.after(PaymentSignal.EXPIRED)).contains(PaymentStatus.EXPIRED);
    }

    @Test
    void aCompletedCheckoutWaitsForItsMoneyAndNeverExpires() {
        assertThat(PaymentStatus.AWAITING_PAYMENT.after(PaymentSignal.PAID)).contains(PaymentStatus.PAID);
        assertThat(PaymentStatus.AWAITING_PAYMENT.after(PaymentSignal.FAILED)).contains(PaymentStatus.FAILED);
        assertThat(PaymentStatus.AWAITING_PAYMENT.after(PaymentSignal.EXPIRED)).isEmpty();
        assertThat(PaymentStatus.AWAITING_PAYMENT.after(PaymentSignal.AWAITING)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PaymentSignal.class)
    void nothingUndoesPaid(PaymentSignal signal) {
        assertThat(PaymentStatus.PAID.after(signal)).isEmpty();
    }

    @Test
    void moneyForAnExpiredOrFailedCheckoutIsALatePayment() {
        assertThat(PaymentStatus.EXPIRED.after(PaymentSignal.PAID)).contains(PaymentStatus.PAID);
        assertThat(PaymentStatus.FAILED.after(PaymentSignal.PAID)).contains(PaymentStatus.PAID);
        assertThat(PaymentStatus.EXPIRED.after(PaymentSignal.AWAITING)).contains(PaymentStatus.AWAITING_PAYMENT);
        assertThat(PaymentStatus.EXPIRED.after(PaymentSignal.EXPIRED)).isEmpty();
        assertThat(PaymentStatus.EXPIRED.after(PaymentSignal.FAILED)).isEmpty();
        assertThat(PaymentStatus.FAILED.after(PaymentSignal.EXPIRED)).isEmpty();
        assertThat(PaymentStatus.FAILED.after(PaymentSignal.AWAITING)).isEmpty();
        assertThat(PaymentStatus.FAILED.after(PaymentSignal.FAILED)).isEmpty();
    }

    /** Every pair of signals in either order: once paid, the other never changes anything. */
    @ParameterizedTest
    @EnumSource(PaymentSignal.class)
    void paidThenAnySignalInEitherOrderEndsPaid(PaymentSignal other) {
        assertThat(run(PaymentStatus.OPEN, List.of(PaymentSignal.PAID, other))).isEqualTo(PaymentStatus.PAID);
        assertThat(run(PaymentStatus.OPEN, List.of(other, PaymentSignal.PAID))).isEqualTo(PaymentStatus.PAID);
    }

    @ParameterizedTest
    @EnumSource(PaymentSignal.class)
    void aDuplicateSignalChangesNothing(PaymentSignal signal) {
        for (PaymentStatus status : PaymentStatus.values()) {
            Optional<PaymentStatus> once = status.after(signal);
            PaymentStatus reached = once.orElse(status);
            assertThat(reached.after(signal)).as("%s after %s twice", status, signal).isEmpty();
        }
    }

    /**
     * Seeded property: whatever mix of duplicated and reordered signals a provider delivers, a history that holds a
     * PAID ends PAID, and one without it never does.
     */
    @Test
    void anyDeliveryOrderEndsPaidExactlyWhenMoneyArrived() {
        Random random = new Random(20261130L);
        for (int run = 0; run < 2000; run++) {
            List<PaymentSignal> delivered = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                delivered.add(PaymentSignal.values()[random.nextInt(PaymentSignal.values().length)]);
            }
            Collections.shuffle(delivered, random);
            PaymentStatus end = run(PaymentStatus.OPEN, delivered);
            assertThat(end == PaymentStatus.PAID).as("%s", delivered).isEqualTo(delivered.contains(PaymentSignal.PAID));
        }
    }

    private static PaymentStatus run(PaymentStatus start, List<PaymentSignal> signals) {
        PaymentStatus status = start;
        for (PaymentSignal signal : signals) {
            status = status.after(signal).orElse(status);
        }
        return status;
    }
}
