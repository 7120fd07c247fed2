package com.buildappswith.booking.jobs.model;

import java.io.Serializable;

/**
 * One of {@code count} disjoint shares of the bookings, those whose id leaves {@code index} when divided by
 * {@code count}: what one partition of a partitioned job reads, so partitions never handle the same booking.
 */
public record BookingShare(int index, int count) implements Serializable {

    /** Every booking, for a job that is not partitioned. */
    public static final BookingShare ALL = new BookingShare(0, 1);

    public BookingShare {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("Share " + index + " of " + count + " does not exist.");
        }
    }

    /** Whether the booking is in this share. */
    public boolean holds(long bookingId) {
        return Math.floorMod(bookingId, count) == index;
    }
}
