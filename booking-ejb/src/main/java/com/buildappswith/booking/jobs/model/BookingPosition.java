package com.buildappswith.booking.jobs.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Where a job reading bookings in start order has got to: the start and id of the last booking it handled. The
 * pair orders every booking (two may share a start), so the next page begins strictly after it; it is also the
 * checkpoint a restarted run resumes from, written as {@code <start>#<id>}.
 */
public record BookingPosition(Instant startsAt, long bookingId) implements Serializable {

    public BookingPosition {
        Objects.requireNonNull(startsAt, "The start is required.");
    }

    /** The position as {@link #toString} wrote it. */
    public static BookingPosition parse(String text) {
        int hash = Objects.requireNonNull(text, "The position is required.").lastIndexOf('#');
        try {
            if (hash < 0) {
                throw new IllegalArgumentException("no '#'");
            }
            return new BookingPosition(Instant.parse(text.substring(0, hash)),
                    Long.parseLong(text.substring(hash + 1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a booking position (<start>#<id>).", e);
        }
    }

    @Override
    public String toString() {
        return startsAt + "#" + bookingId;
    }
}
