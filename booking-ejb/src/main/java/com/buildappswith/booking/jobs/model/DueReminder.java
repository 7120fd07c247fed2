package com.buildappswith.booking.jobs.model;

import com.buildappswith.booking.notification.model.NoticeKind;

import java.io.Serializable;
import java.util.Objects;

/** A reminder a booking is due: which booking, for which start, and whether the early or the late one. */
public record DueReminder(BookingPosition position, NoticeKind kind) implements Serializable {

    public DueReminder {
        Objects.requireNonNull(position, "The booking's position is required.");
        Objects.requireNonNull(kind, "The kind of reminder is required.");
    }
}
