package com.buildappswith.booking.scheduling.model;

import java.util.Objects;

/**
 * A booking changed: fired synchronously, in the change's transaction, for every {@link BookingEvent} the booking
 * repository stores (creation, every status change, a move, a note), so observers that write in that transaction
 * (the notification domain's outbox) commit or roll back with the change itself.
 */
public record BookingChanged(Booking booking, BookingEvent event) {

    public BookingChanged {
        Objects.requireNonNull(booking, "The booking is required.");
        Objects.requireNonNull(event, "The event is required.");
    }
}
