package com.buildappswith.booking.payment.model;

/**
 * Where a refund stands: REQUESTED before the provider answered, PENDING while the provider works on it or while a
 * request that failed waits for its next attempt, then SUCCEEDED or FAILED as the provider reports.
 */
public enum RefundStatus {

    REQUESTED, PENDING, SUCCEEDED, FAILED;

    /** What the provider's answer means for the refund. */
    static RefundStatus of(RefundOutcome.Status outcome) {
        return switch (outcome) {
            case PENDING -> PENDING;
            case SUCCEEDED -> SUCCEEDED;
            case FAILED, CANCELED -> FAILED;
        };
    }
}
