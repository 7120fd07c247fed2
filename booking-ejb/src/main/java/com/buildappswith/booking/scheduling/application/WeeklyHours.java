package com.buildappswith.booking.scheduling.application;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A recurring range of local working hours on one weekday. */
public record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklyHours {
        Objects.requireNonNull(day, "Day is required.");
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Hours must start before they end: " + start + "-" + end + ".");
        }
    }
}
