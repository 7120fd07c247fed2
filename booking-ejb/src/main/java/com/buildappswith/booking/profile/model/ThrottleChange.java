package com.buildappswith.booking.profile.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one attempt does to a throttled key: refused for a while (nothing is written), nothing to write, or a new
 * state for the key's row, which says nothing any more from {@code forgetAt} on.
 */
public record ThrottleChange(Optional<Duration> refusedFor, Optional<String> state, Instant forgetAt) {

    public ThrottleChange {
        Objects.requireNonNull(refusedFor, "A wait, or none, is required.");
        Objects.requireNonNull(state, "A state, or none, is required.");
        if (state.isPresent()) {
            Objects.requireNonNull(forgetAt, "A state to write needs the time it may be forgotten.");
        }
    }

    public static ThrottleChange refused(Duration wait) {
        return new ThrottleChange(Optional.of(wait), Optional.empty(), null);
    }

    public static ThrottleChange none() {
        return new ThrottleChange(Optional.empty(), Optional.empty(), null);
    }

    public static ThrottleChange write(String state, Instant forgetAt) {
        return new ThrottleChange(Optional.empty(), Optional.of(state), forgetAt);
    }
}
