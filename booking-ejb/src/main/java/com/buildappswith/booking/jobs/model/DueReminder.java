package com.buildappswith.booking.jobs.model;

import com.buildappswith.booking.notification.model.NoticeKind;

import java.io.Serializable;
import java.util.Objects;

/**
 * A reminder a booking is due: which booking, for which start, whether the early or the late one, and the share of
 * the bookings it was read in (whose position its writing moves on).
 */
public record DueReminder(BookingPosition position, NoticeKind kind, BookingShare share) implements Serializable {

    public DueReminder {
        Objects.requireNonNull(position, "The booking's position is required.");
        Objects.requireNonNull(kind, "The kind of reminder is required.");
        Objects.requireNonNull(share, "The share is required.");
    }
}
