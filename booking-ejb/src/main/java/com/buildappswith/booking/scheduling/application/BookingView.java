package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A booking as both parties see it at one moment: its time in the client's zone and in the builder's, and its status
 * then (a lapsed hold reads EXPIRED).
 */
public record BookingView(long id, long builderId, String builderName, String sessionTypeName, Instant start,
                          Instant end, ZonedDateTime clientStart, ZonedDateTime builderStart, BookingStatus status,
                          Optional<Instant> holdExpiresAt, String purpose, String notes) {

    static BookingView of(Booking booking, Instant now) {
        ZoneId builderZone = booking.builder().timezone();
        return new BookingView(booking.id(), booking.builder().id(), booking.builder().displayName(),
                booking.sessionType().name(), booking.startsAt(), booking.endsAt(),
                booking.startsAt().atZone(booking.clientTimezone()), booking.startsAt().atZone(builderZone),
                booking.status().seenAt(now, booking.holdExpiresAt().orElse(null)), booking.holdExpiresAt(),
                booking.purpose(), booking.notes());
    }
}
