package com.buildappswith.booking.payment.model;

/**
 * How the money a booking's refunds owe stands, as its client, its builder and an admin are told: nothing owed,
 * on its way, on its way after the provider failed at least once (retrying), or given up on after the provider failed
 * {@link Refund#MAX_PROVIDER_FAILURES} times, which needs a person (the admin console lists it).
 */
public enum RefundProgress {

    NONE, PENDING, RETRYING, NEEDS_ATTENTION;

    /** Where one refund stands. */
    public static RefundProgress of(RefundStatus status, int attempts, int providerFailures) {
        return switch (status) {
            case SUCCEEDED -> NONE;
            case FAILED -> NEEDS_ATTENTION;
            case REQUESTED, PENDING -> attempts > 0 || providerFailures > 0 ? RETRYING : PENDING;
        };
    }

    /** The one of the two that asks more of whoever reads it: a payment with several refunds shows its worst. */
    public RefundProgress worse(RefundProgress other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Whether the client still waits for money from this payment. */
    public boolean isOwed() {
        return this != NONE;
    }
}
