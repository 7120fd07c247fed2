package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.LocalRange;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A recurring range of local working hours on one weekday, as an import brings them. The hours follow
 * {@link LocalRange}: they may end at midnight (an end of 00:00, typed 24:00).
 */
public record WeeklyHours(DayOfWeek day, LocalRange hours) {

    public WeeklyHours {
        Objects.requireNonNull(day, "Day is required.");
        Objects.requireNonNull(hours, "Hours are required.");
    }

    public WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {
        this(day, new LocalRange(start, end));
    }
}
