package com.buildappswith.booking.payment.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a booking's payment stands. Providers deliver events more than once and out of order, so every signal
 * that does not move a payment forward is a no-op rather than an error, and nothing ever undoes PAID: an
 * {@code expired} that arrives after {@code completed} changes nothing. Money arriving for an EXPIRED (or FAILED)
 * payment is still PAID: the late payment, which its booking then settles (confirmed if its seat is free, else
 * refunded).
 */
public enum PaymentStatus {

    /** The checkout is open, or not opened yet. */
    OPEN,
    /** The checkout completed; its money has not arrived yet. */
    AWAITING_PAYMENT,
    PAID,
    /** The slow method's money never came. */
    FAILED,
    /** The checkout closed unpaid: it lapsed, or the client or the application closed it. */
    EXPIRED;

    /** The status after {@code signal}, or empty when the signal changes nothing (a duplicate, or out of order). */
    public Optional<PaymentStatus> after(PaymentSignal signal) {
        Objects.requireNonNull(signal, "A signal is required.");
        PaymentStatus next = switch (this) {
            case OPEN -> switch (signal) {
                case PAID -> PAID;
                case AWAITING -> AWAITING_PAYMENT;
                case FAILED -> FAILED;
                case EXPIRED -> EXPIRED;
            };
            case AWAITING_PAYMENT -> switch (signal) {
                case PAID -> PAID;
                case FAILED -> FAILED;
                // A completed checkout cannot expire: an expiry seen now was decided before it completed.
                case AWAITING, EXPIRED -> this;
            };
            case PAID -> this;
            case FAILED -> signal == PaymentSignal.PAID ? PAID : this;
            // The application closes a checkout when the hold lapses; the client may have completed it a moment
            // before, and its money may still arrive.
            case EXPIRED -> switch (signal) {
                case PAID -> PAID;
                case AWAITING -> AWAITING_PAYMENT;
                case FAILED, EXPIRED -> this;
            };
        };
        return next == this ? Optional.empty() : Optional.of(next);
    }

    /** Whether the checkout may still be paid through (its page is worth showing). */
    public boolean isOpen() {
        return this == OPEN;
    }

    /** Whether the provider may still report money for it, so the success page asks it again. */
    public boolean isUnsettled() {
        return this == OPEN || this == AWAITING_PAYMENT;
    }
}
