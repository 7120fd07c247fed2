package com.buildappswith.booking.payment.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the provider says of one refund: pending, done, or failed (and why).
 *
 * @param askedUnder the idempotency key the refund was asked for under, when the provider reports it back (Stripe:
 *                   the metadata the gateway sent): it finds the refund before the provider's id for it is stored
 */
public record RefundOutcome(String refundId, Status status, Optional<String> failureReason,
                            Optional<String> askedUnder) {

    public enum Status { PENDING, SUCCEEDED, FAILED, CANCELED }

    public RefundOutcome {
        Objects.requireNonNull(refundId, "A refund id is required.");
        Objects.requireNonNull(status, "A status is required.");
        Objects.requireNonNull(failureReason, "The failure reason, or none, is required.");
        Objects.requireNonNull(askedUnder, "The key it was asked under, or none, is required.");
    }

    /** An outcome that does not say which key it was asked under. */
    public RefundOutcome(String refundId, Status status, Optional<String> failureReason) {
        this(refundId, status, failureReason, Optional.empty());
    }
}
