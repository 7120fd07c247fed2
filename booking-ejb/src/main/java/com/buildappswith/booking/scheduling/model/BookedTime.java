package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A booking as it stands on its builder's own calendar: which booking, when, which session, with whom and in which status (with
 * the hold's expiry, which decides whether a HELD booking still holds: see {@link BookingStatus#seenAt}). Read
 * as a projection, so the calendar does not load each booking with its client, builder and session type.
 */
public record BookedTime(long bookingId, Instant start, Instant end, String sessionTypeName, String clientName,
                         BookingStatus status, Instant holdExpiresAt) {

    public BookedTime {
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        Objects.requireNonNull(sessionTypeName, "Session type name is required.");
        Objects.requireNonNull(clientName, "Client name is required.");
        Objects.requireNonNull(status, "Status is required.");
    }
}
