package com.buildappswith.booking.scheduling.model;

import java.util.Objects;

/**
 * A booking request a client made under an {@link IdempotencyKey}: what it asked for, as a fingerprint of its fields,
 * and the booking it made. The same key with the same request is that booking again; with another request it is a
 * mistake of the client program, which a booking must not paper over.
 */
public record KeyedRequest(String fingerprint, long bookingId) {

    public KeyedRequest {
        Objects.requireNonNull(fingerprint, "A fingerprint is required.");
    }

    /** Whether a request with {@code fingerprint} asks for what this one asked for. */
    public boolean isRepeatedBy(String fingerprint) {
        return this.fingerprint.equals(fingerprint);
    }
}
