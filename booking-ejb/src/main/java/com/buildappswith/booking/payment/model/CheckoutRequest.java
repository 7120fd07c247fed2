package com.buildappswith.booking.payment.model;

import com.buildappswith.booking.shared.Money;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What a checkout for one booking shows and where it leads.
 *
 * @param itemName       the line item: the session type and the builder
 * @param expiresAt      when the provider stops accepting payment (Stripe: 30 minutes to 24 hours after creation)
 * @param idempotencyKey the same for every attempt to open this booking's checkout
 */
public record CheckoutRequest(long bookingId, String itemName, Money amount, String customerEmail, URI successUrl,
                              URI cancelUrl, Instant expiresAt, String idempotencyKey) {

    public CheckoutRequest {
        Objects.requireNonNull(itemName, "An item name is required.");
        Objects.requireNonNull(amount, "An amount is required.");
        Objects.requireNonNull(customerEmail, "A customer email is required.");
        Objects.requireNonNull(successUrl, "A success URL is required.");
        Objects.requireNonNull(cancelUrl, "A cancel URL is required.");
        Objects.requireNonNull(expiresAt, "An expiry is required.");
        Objects.requireNonNull(idempotencyKey, "An idempotency key is required.");
    }
}
