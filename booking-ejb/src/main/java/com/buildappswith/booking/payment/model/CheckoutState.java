package com.buildappswith.booking.payment.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a checkout stands at the provider.
 *
 * @param paid            whether its money has arrived (a completed checkout may still wait for a slow method)
 * @param paymentIntentId the provider's payment, once there is one: what a refund refers to
 */
public record CheckoutState(String id, Status status, boolean paid, Optional<String> paymentIntentId) {

    public enum Status { OPEN, COMPLETE, EXPIRED }

    public CheckoutState {
        Objects.requireNonNull(id, "A checkout session id is required.");
        Objects.requireNonNull(status, "A status is required.");
        Objects.requireNonNull(paymentIntentId, "The payment intent id, or none, is required.");
    }
}
