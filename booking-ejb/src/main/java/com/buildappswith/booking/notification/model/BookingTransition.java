package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.scheduling.model.BookingStatus;

import java.util.Objects;
import java.util.Optional;

/**
 * A booking change as the notice rules see it: the status before (none for a new booking) and after, whether it
 * moved to another time, and who made it.
 */
public record BookingTransition(Optional<BookingStatus> from, BookingStatus to, boolean moved, ChangedBy by) {

    public BookingTransition {
        Objects.requireNonNull(from, "The status before is required (empty for a new booking).");
        Objects.requireNonNull(to, "The status after is required.");
        Objects.requireNonNull(by, "Who made the change is required.");
    }

    public static BookingTransition created(BookingStatus status, ChangedBy by) {
        return new BookingTransition(Optional.empty(), status, false, by);
    }

    public static BookingTransition of(BookingStatus from, BookingStatus to, ChangedBy by) {
        return new BookingTransition(Optional.of(from), to, false, by);
    }

    public static BookingTransition move(BookingStatus status, ChangedBy by) {
        return new BookingTransition(Optional.of(status), status, true, by);
    }
}
