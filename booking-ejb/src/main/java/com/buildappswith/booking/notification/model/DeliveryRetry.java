package com.buildappswith.booking.notification.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently the outbox tries a message: after the n-th failed attempt it waits
 * {@code first × 2^(n-1)}, at most {@code longest}, and after {@code attempts} failures it gives up.
 */
public record DeliveryRetry(int attempts, Duration first, Duration longest) {

    /** Eight attempts over about two hours: a mail server restarting or an hour-long outage loses nothing. */
    public static final DeliveryRetry STANDARD = new DeliveryRetry(8, Duration.ofMinutes(1), Duration.ofMinutes(60));

    public DeliveryRetry {
        Objects.requireNonNull(first, "The first delay is required.");
        Objects.requireNonNull(longest, "The longest delay is required.");
        if (attempts < 1 || attempts > 100) {
            throw new IllegalArgumentException("Attempts must be between 1 and 100, not " + attempts + ".");
        }
        if (first.isNegative() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("The delays must be positive and the longest at least the first.");
        }
    }

    /** The wait after the given failed attempt (1 for the first failure). */
    public Duration delayAfter(int failedAttempt) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1.");
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempt && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** Whether a message that failed this many times is given up. */
    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= attempts;
    }
}
