package com.buildappswith.booking.policy.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One span of a booking's cancellation terms laid out on the calendar: cancelling before {@code until} (and after
 * the window before it) gives back {@code percent} of the amount paid.
 */
public record RefundWindow(int percent, Instant until) {

    public RefundWindow {
        Objects.requireNonNull(until, "The window's end is required.");
    }

    public boolean isFree() {
        return percent == 100;
    }
}
