package com.buildappswith.booking.web.payment;

import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.scheduling.model.BookingStatus;

import java.util.Optional;

/**
 * What a booking's result page tells its client, from the booking's status as seen now (a lapsed hold reads
 * EXPIRED) and its payment's, if it has one: the heading, and whether the page should keep reading the payment
 * because it may still change without the client doing anything there.
 */
public enum BookingOutcome {

    /** A free session, or anything else that is not about paying: the booking's status says the rest. */
    BOOKED("Booked", false),
    /** Held while the client pays; the checkout is not completed yet. */
    PAYMENT_PENDING("Booked: payment pending", true),
    /** The checkout completed with a method whose money arrives later; the provider's event will say. */
    WAITING_FOR_CONFIRMATION("Waiting for payment confirmation", true),
    PAID("Booked and paid", false),
    /** Nothing was paid and the hold is over: the time may be booked again, if still free. */
    PAYMENT_FAILED("Payment failed or expired: book again", false),
    /** Paid after the hold had lapsed and someone else had the time: the whole amount goes back. */
    PAID_TOO_LATE("Paid after the hold expired: refunded", false);

    private final String heading;
    private final boolean unsettled;

    BookingOutcome(String heading, boolean unsettled) {
        this.heading = heading;
        this.unsettled = unsettled;
    }

    /** The outcome of a booking in {@code booking} status whose payment, if any, is in {@code payment} status. */
    public static BookingOutcome of(BookingStatus booking, Optional<PaymentStatus> payment) {
        if (payment.isEmpty()) {
            return booking == BookingStatus.HELD ? PAYMENT_PENDING : BOOKED;
        }
        return switch (payment.get()) {
            case OPEN -> switch (booking) {
                case HELD -> PAYMENT_PENDING;
                case EXPIRED -> PAYMENT_FAILED;
                default -> BOOKED;
            };
            case AWAITING_PAYMENT -> WAITING_FOR_CONFIRMATION;
            case PAID -> switch (booking) {
                case CONFIRMED, COMPLETED, NO_SHOW -> PAID;
                case EXPIRED -> PAID_TOO_LATE;
                default -> BOOKED;
            };
            case FAILED, EXPIRED -> booking == BookingStatus.CONFIRMED ? BOOKED : PAYMENT_FAILED;
        };
    }

    public String heading() {
        return heading;
    }

    /** Whether the payment may still change without the client acting on the page, so the page reads it again. */
    public boolean isUnsettled() {
        return unsettled;
    }
}
