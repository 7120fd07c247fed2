package com.buildappswith.booking.scheduling.model;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Hours on a builder's wall clock within one day, start inclusive and end exclusive. A range cannot cross
 * midnight: hours that run past it are two ranges on two days, so each belongs to exactly one local date.
 */
public record LocalRange(LocalTime start, LocalTime end) {

    public LocalRange {
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A range must start before it ends: " + start + "-" + end + ".");
        }
    }
}
