package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.shared.CalendarRange;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** What a client asks for: a session type, a start instant, their zone, and why they book. */
public record BookingRequest(long sessionTypeId, Instant start, ZoneId clientTimezone, String purpose,
                             String notes) {

    public BookingRequest {
        CalendarRange.check("start", Objects.requireNonNull(start, "Start is required."));
        Objects.requireNonNull(clientTimezone, "Timezone is required.");
    }
}
