package com.buildappswith.booking.payment.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the provider reports about a payment, in the application's words: Stripe's webhook events once their
 * signature is checked, and the test mode's events, which go through the same handling. Each takes effect at most
 * once, by its {@link #eventId()}.
 *
 * @param checkoutSessionId the checkout it concerns; empty for refund events
 * @param bookingId         the booking the checkout was opened for (its metadata), when the event carries it
 * @param paymentIntentId   the provider's payment, once there is one
 * @param refund            for {@link Kind#REFUND_UPDATED}, the refund and its state
 * @param occurredAt        when the provider created the event
 */
public record PaymentEvent(String eventId, Kind kind, Optional<String> checkoutSessionId, Optional<Long> bookingId,
                           Optional<String> paymentIntentId, Optional<RefundOutcome> refund, Instant occurredAt) {

    public enum Kind {
        /** The checkout completed and the money arrived. */
        CHECKOUT_PAID,
        /** The checkout completed with a method whose money arrives later (or fails): wait for one of the next two. */
        CHECKOUT_AWAITING_PAYMENT,
        ASYNC_PAYMENT_SUCCEEDED,
        ASYNC_PAYMENT_FAILED,
        /** The checkout closed unpaid: it expired, or the application expired it. */
        CHECKOUT_EXPIRED,
        /** A refund was created or changed state. */
        REFUND_UPDATED
    }

    public PaymentEvent {
        Objects.requireNonNull(eventId, "An event id is required.");
        Objects.requireNonNull(kind, "A kind is required.");
        Objects.requireNonNull(checkoutSessionId, "The checkout session id, or none, is required.");
        Objects.requireNonNull(bookingId, "The booking id, or none, is required.");
        Objects.requireNonNull(paymentIntentId, "The payment intent id, or none, is required.");
        Objects.requireNonNull(refund, "The refund, or none, is required.");
        Objects.requireNonNull(occurredAt, "The time of the event is required.");
        if (kind == Kind.REFUND_UPDATED ? refund.isEmpty() : checkoutSessionId.isEmpty()) {
            throw new IllegalArgumentException(kind == Kind.REFUND_UPDATED
                    ? "A refund event must name its refund." : "A checkout event must name its checkout session.");
        }
    }
}
