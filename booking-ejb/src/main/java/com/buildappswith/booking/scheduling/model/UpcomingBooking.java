package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One of a client's bookings that has not ended yet, as the booking limits see it: when it is, whether it is with the
 * builder being booked, and whether it still holds its slot. Read as a projection, so checking the limits does not
 * load the client's bookings as entities.
 *
 * @param withBuilder   whether it is with the builder the client is booking now
 * @param holdExpiresAt when its hold lapses; null unless it is HELD
 */
public record UpcomingBooking(Instant start, Instant end, boolean withBuilder, BookingStatus status,
                              Instant holdExpiresAt) {

    public UpcomingBooking {
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        Objects.requireNonNull(status, "Status is required.");
    }

    /** Whether this session and one from {@code from} to {@code until} would take the client at the same time. */
    public boolean overlaps(Instant from, Instant until) {
        return start.isBefore(until) && from.isBefore(end);
    }

    public boolean occupiesSlotAt(Instant now) {
        return status.occupiesSlotAt(now, holdExpiresAt);
    }
}
