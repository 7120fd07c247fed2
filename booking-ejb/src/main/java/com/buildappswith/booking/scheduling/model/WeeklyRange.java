package com.buildappswith.booking.scheduling.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Hours a builder works every week on one weekday, in their own timezone, optionally only between two dates
 * (both inclusive; {@code null} leaves that side open).
 */
public record WeeklyRange(DayOfWeek day, LocalRange hours, LocalDate validFrom, LocalDate validUntil) {

    public WeeklyRange {
        Objects.requireNonNull(day, "Day is required.");
        Objects.requireNonNull(hours, "Hours are required.");
        if (validFrom != null && validUntil != null && validFrom.isAfter(validUntil)) {
            throw new IllegalArgumentException(
                    "Weekly hours must be valid from a date on or before their last: " + validFrom + " > "
                            + validUntil + ".");
        }
    }

    /** Hours between two dates, as stored (a query builds ranges with this directly from their columns). */
    public WeeklyRange(DayOfWeek day, LocalTime start, LocalTime end, LocalDate validFrom, LocalDate validUntil) {
        this(day, new LocalRange(start, end), validFrom, validUntil);
    }

    /** Hours that apply every week without end. */
    public WeeklyRange(DayOfWeek day, LocalTime start, LocalTime end) {
        this(day, new LocalRange(start, end), null, null);
    }

    public boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek() == day
                && (validFrom == null || !date.isBefore(validFrom))
                && (validUntil == null || !date.isAfter(validUntil));
    }
}
