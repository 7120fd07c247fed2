package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A stretch of time, start inclusive and end exclusive, in which the builder takes no sessions whatever their
 * hours say. Buffers may reach into it: they are the builder's own preparation, not time with a client.
 */
public record TimeOff(Instant start, Instant end) {

    public TimeOff {
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Time off must start before it ends: " + start + "-" + end + ".");
        }
    }

    /** Whole days off, first to last inclusive, as the builder's own calendar counts days. */
    public static TimeOff wholeDays(LocalDate first, LocalDate last, ZoneId builderZone) {
        Objects.requireNonNull(first, "First day is required.");
        Objects.requireNonNull(last, "Last day is required.");
        Objects.requireNonNull(builderZone, "Builder zone is required.");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("Days off must run from a date on or before the last: " + first
                    + " > " + last + ".");
        }
        return new TimeOff(first.atStartOfDay(builderZone).toInstant(),
                last.plusDays(1).atStartOfDay(builderZone).toInstant());
    }
}
