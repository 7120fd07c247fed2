package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.BookingStatus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which bookings a dashboard or the admin search lists: starting on the dates {@code from} to {@code to}
 * (inclusive) in {@code zone}, in one status, and for the admin search, whose client and builder match the text
 * (part of a name or email, any letter case). Empty parts do not filter.
 */
public record BookingFilter(Optional<LocalDate> from, Optional<LocalDate> to, ZoneId zone,
                            Optional<BookingStatus> status, Optional<String> client, Optional<String> builder) {

    public static BookingFilter everything(ZoneId zone) {
        return new BookingFilter(Optional.empty(), Optional.empty(), zone, Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
