package com.buildappswith.booking.payment.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** An opened checkout: the provider's id for it, the page the client pays on, and when it stops taking payment. */
public record CheckoutSession(String id, URI url, Instant expiresAt) {

    public CheckoutSession {
        Objects.requireNonNull(id, "A checkout session id is required.");
        Objects.requireNonNull(url, "A checkout URL is required.");
        Objects.requireNonNull(expiresAt, "An expiry is required.");
    }
}
