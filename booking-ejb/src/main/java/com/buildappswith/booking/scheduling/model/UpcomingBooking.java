package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One of a client's bookings that has not started yet, as the booking limits count it: whether it is with the
 * builder being booked, and whether it still holds its slot. Read as a projection, so checking the limits does not
 * load the client's bookings as entities.
 *
 * @param withBuilder   whether it is with the builder the client is booking now
 * @param holdExpiresAt when its hold lapses; null unless it is HELD
 */
public record UpcomingBooking(boolean withBuilder, BookingStatus status, Instant holdExpiresAt) {

    public UpcomingBooking {
        Objects.requireNonNull(status, "Status is required.");
    }

    public boolean occupiesSlotAt(Instant now) {
        return status.occupiesSlotAt(now, holdExpiresAt);
    }
}
