package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.ShownTerms;
import com.buildappswith.booking.shared.CalendarRange;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client asks for: a session type, a start instant, their zone, and why they book; and, when a page or an API
 * client showed them the cancellation terms first, which terms those were (see {@link TermsChangedException}).
 */
public record BookingRequest(long sessionTypeId, Instant start, ZoneId clientTimezone, String purpose,
                             String notes, Optional<ShownTerms> shownTerms) {

    public BookingRequest {
        CalendarRange.check("start", Objects.requireNonNull(start, "Start is required."));
        Objects.requireNonNull(clientTimezone, "Timezone is required.");
        Objects.requireNonNull(shownTerms, "Shown terms are required (empty when none were shown).");
    }

    /** A request that agrees to whatever terms are in force when it is booked. */
    public BookingRequest(long sessionTypeId, Instant start, ZoneId clientTimezone, String purpose, String notes) {
        this(sessionTypeId, start, clientTimezone, purpose, notes, Optional.empty());
    }
}
