package com.buildappswith.booking.shared;

import java.time.Duration;
import java.util.Objects;

/** A client asked for something too often and may ask again after {@link #retryAfter()} (HTTP 429, Retry-After). */
public class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(ProblemType.TOO_MANY_REQUESTS, message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "A wait is required.");
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up, as {@code Retry-After} gives it. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
