package com.buildappswith.booking.payment.model;

import java.util.Objects;
import java.util.Optional;

/** What the provider says of one refund: pending, done, or failed (and why). */
public record RefundOutcome(String refundId, Status status, Optional<String> failureReason) {

    public enum Status { PENDING, SUCCEEDED, FAILED, CANCELED }

    public RefundOutcome {
        Objects.requireNonNull(refundId, "A refund id is required.");
        Objects.requireNonNull(status, "A status is required.");
        Objects.requireNonNull(failureReason, "The failure reason, or none, is required.");
    }
}
