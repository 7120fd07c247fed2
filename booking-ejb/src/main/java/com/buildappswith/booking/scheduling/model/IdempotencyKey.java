package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

import java.time.Duration;
import java.util.Optional;

/**
 * What a client program sends as {@code Idempotency-Key} with a booking request, so that sending the same request
 * again (after a timeout, a dropped connection, a node that died before it answered) gives back the booking the first
 * one made, instead of a 409 about the client's own booking or a second booking at another time. A key belongs to
 * the client's account and is remembered for {@link #REMEMBERED} after its booking was made.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;
    /** Longer than any client retries one request; Stripe keeps its keys as long. */
    public static final Duration REMEMBERED = Duration.ofHours(24);

    /** @throws DomainException (invalid input) unless 1 to {@value #MAX_LENGTH} visible ASCII characters */
    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new DomainException(ProblemType.INVALID_INPUT, "Idempotency-Key must be 1 to " + MAX_LENGTH
                    + " visible ASCII characters without spaces, such as a random UUID.");
        }
    }

    /** The key a request's header gives; empty when it has none. */
    public static Optional<IdempotencyKey> fromHeader(String header) {
        return header == null ? Optional.empty() : Optional.of(new IdempotencyKey(header));
    }
}
