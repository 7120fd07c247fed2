package com.buildappswith.booking.payment.model;

import com.buildappswith.booking.shared.Money;

import java.util.Objects;

/**
 * Money to give back from one payment.
 *
 * @param paymentIntentId the provider's payment to refund
 * @param reason          why, in words kept with the refund (and sent to the provider as metadata)
 * @param idempotencyKey  the same for every attempt at this one refund
 */
public record RefundRequest(long bookingId, String paymentIntentId, Money amount, String reason,
                            String idempotencyKey) {

    public RefundRequest {
        Objects.requireNonNull(paymentIntentId, "A payment intent id is required.");
        Objects.requireNonNull(amount, "An amount is required.");
        Objects.requireNonNull(reason, "A reason is required.");
        Objects.requireNonNull(idempotencyKey, "An idempotency key is required.");
    }
}
