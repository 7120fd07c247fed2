package com.buildappswith.booking.scheduling.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** Weekly hours as stored: the range, and the id the builder removes it by. */
public record StoredWeeklyRange(long id, WeeklyRange range) {

    public StoredWeeklyRange {
        Objects.requireNonNull(range, "Range is required.");
    }

    /** From the stored columns, as a query builds it. */
    public StoredWeeklyRange(Long id, DayOfWeek day, LocalTime start, LocalTime end, LocalDate validFrom,
                             LocalDate validUntil) {
        this(Objects.requireNonNull(id, "Id is required."), new WeeklyRange(day, start, end, validFrom, validUntil));
    }
}
