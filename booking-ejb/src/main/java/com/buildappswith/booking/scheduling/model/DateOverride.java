package com.buildappswith.booking.scheduling.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A builder's hours for one particular date, replacing their weekly hours for that date; no hours means closed
 * all day. A builder sets a date's hours as a whole: saving them replaces what the date had before
 * ({@link StoredAvailability#override}). The slot engine still adds up several overrides of one date, as rows stored
 * before that rule are.
 */
public record DateOverride(LocalDate date, List<LocalRange> hours) {

    public DateOverride {
        Objects.requireNonNull(date, "Date is required.");
        Objects.requireNonNull(hours, "Hours are required.");
        hours = List.copyOf(hours);
    }

    public static DateOverride closed(LocalDate date) {
        return new DateOverride(date, List.of());
    }

    public boolean isClosed() {
        return hours.isEmpty();
    }
}
