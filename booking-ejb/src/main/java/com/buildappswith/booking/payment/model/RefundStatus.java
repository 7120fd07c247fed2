package com.buildappswith.booking.payment.model;

/**
 * Where a refund stands: REQUESTED before the provider answered, PENDING while the provider works on it or while a
 * request that failed (or a provider refund that failed) waits for its next attempt, then SUCCEEDED as the provider
 * reports, or FAILED once the provider failed it {@link Refund#MAX_PROVIDER_FAILURES} times: given up on until an
 * admin acts.
 */
public enum RefundStatus {

    REQUESTED, PENDING, SUCCEEDED, FAILED
}
