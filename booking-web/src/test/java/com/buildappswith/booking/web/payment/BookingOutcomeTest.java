package com.buildappswith.booking.web.payment;

import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BookingOutcomeTest {

    @ParameterizedTest
    @CsvSource({
            "HELD, OPEN, PAYMENT_PENDING",
            "EXPIRED, OPEN, PAYMENT_FAILED",
            "HELD, AWAITING_PAYMENT, WAITING_FOR_CONFIRMATION",
            "CONFIRMED, PAID, PAID",
            "COMPLETED, PAID, PAID",
            "EXPIRED, PAID, PAID_TOO_LATE",
            "EXPIRED, FAILED, PAYMENT_FAILED",
            "EXPIRED, EXPIRED, PAYMENT_FAILED",
            "CANCELLED_BY_CLIENT, PAID, BOOKED",
            "CANCELLED_BY_BUILDER, OPEN, BOOKED"})
    void tellsWhatBecameOfAPaidBooking(BookingStatus booking, PaymentStatus payment, BookingOutcome outcome) {
        assertThat(BookingOutcome.of(booking, Optional.of(payment))).isEqualTo(outcome);
    }

    @Test
    void aFreeBookingIsBookedWhateverItsStatus() {
        assertThat(BookingOutcome.of(BookingStatus.CONFIRMED, Optional.empty())).isEqualTo(BookingOutcome.BOOKED);
        assertThat(BookingOutcome.of(BookingStatus.CANCELLED_BY_BUILDER, Optional.empty()))
                .isEqualTo(BookingOutcome.BOOKED);
    }

    @Test
    void aHeldBookingWithoutAPaymentYetWaitsForItsPayment() {
        assertThat(BookingOutcome.of(BookingStatus.HELD, Optional.empty())).isEqualTo(BookingOutcome.PAYMENT_PENDING);
    }

    /** Only outcomes that something outside the page may still change keep the page polling. */
    @ParameterizedTest
    @EnumSource(BookingOutcome.class)
    void onlyAnOpenOrAwaitedPaymentKeepsThePageReading(BookingOutcome outcome) {
        assertThat(outcome.isUnsettled()).isEqualTo(outcome == BookingOutcome.PAYMENT_PENDING
                || outcome == BookingOutcome.WAITING_FOR_CONFIRMATION);
    }

    @Test
    void everyPairOfStatusesHasAnOutcomeAndTheHeadingsDiffer() {
        for (BookingStatus booking : BookingStatus.values()) {
            for (PaymentStatus payment : PaymentStatus.values()) {
                assertThat(BookingOutcome.of(booking, Optional.of(payment))).isNotNull();
            }
        }
        assertThat(Arrays.stream(BookingOutcome.values()).map(BookingOutcome::heading).distinct())
                .hasSize(BookingOutcome.values().length);
        assertThat(BookingOutcome.PAID.heading()).isEqualTo("Booked and paid");
        assertThat(BookingOutcome.WAITING_FOR_CONFIRMATION.heading()).isEqualTo("Waiting for payment confirmation");
        assertThat(BookingOutcome.PAYMENT_FAILED.heading()).isEqualTo("Payment failed or expired: book again");
    }
}
