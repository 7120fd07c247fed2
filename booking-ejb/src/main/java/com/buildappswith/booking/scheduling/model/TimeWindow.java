package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.util.Objects;

/** A stretch of time, {@code from} inclusive and {@code until} exclusive. */
public record TimeWindow(Instant from, Instant until) {

    public TimeWindow {
        Objects.requireNonNull(from, "From is required.");
        Objects.requireNonNull(until, "Until is required.");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("A window ends after it starts: " + from + " >= " + until + ".");
        }
    }

    public boolean meets(BusyInterval busy) {
        return busy.occupiedFrom().isBefore(until) && from.isBefore(busy.occupiedUntil());
    }
}
