package com.buildappswith.booking.scheduling.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Hours on a builder's wall clock within one day, start inclusive and end exclusive. An end of 00:00 means midnight
 * at the end of the day (what a person writes as 24:00), so hours can run to the end of a day; hours that go on
 * past it continue in a range of the next day that starts at 00:00 (see {@link Availability#stretchesOn}).
 */
public record LocalRange(LocalTime start, LocalTime end) {

    public LocalRange {
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
            throw new IllegalArgumentException("A range must start before it ends: " + start + "-" + end + ".");
        }
    }

    /** Whether the hours last until the day is over. */
    public boolean runsToMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    public LocalDateTime startOn(LocalDate date) {
        return date.atTime(start);
    }

    public LocalDateTime endOn(LocalDate date) {
        return runsToMidnight() ? date.plusDays(1).atStartOfDay() : date.atTime(end);
    }

    /** Whether {@code later}, which starts no earlier than this, touches or overlaps it: one stretch of time. */
    boolean meets(LocalRange later) {
        return runsToMidnight() || !later.start.isAfter(end);
    }

    /** One range covering this one and {@code later}, which {@link #meets} it. */
    LocalRange joinedWith(LocalRange later) {
        boolean laterEndsLast = !runsToMidnight() && (later.runsToMidnight() || later.end.isAfter(end));
        return new LocalRange(start, laterEndsLast ? later.end : end);
    }
}
