package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.Agenda;
import com.buildappswith.booking.scheduling.model.BookedTime;
import com.buildappswith.booking.scheduling.model.BookingStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One stretch on a builder's own calendar, in the builder's zone: open hours, time off or a booking, and for a
 * booking what was booked. How it is worded is the page's business.
 */
public record ScheduleEntryView(Kind kind, ZonedDateTime start, ZonedDateTime end, Optional<Booked> booking) {

    public enum Kind { OPEN, TIME_OFF, BOOKING }

    /**
     * What a booking on the calendar is: which booking (for what else a page shows of it), which session, with whom,
     * and where it stands.
     */
    public record Booked(long bookingId, String sessionTypeName, String clientName, BookingStatus status) {
    }

    static ScheduleEntryView of(Agenda.Entry entry) {
        return new ScheduleEntryView(entry.kind() == Agenda.Kind.OPEN ? Kind.OPEN : Kind.TIME_OFF, entry.start(),
                entry.end(), Optional.empty());
    }

    static ScheduleEntryView of(BookedTime booking, ZoneId zone, Instant now) {
        return new ScheduleEntryView(Kind.BOOKING, booking.start().atZone(zone), booking.end().atZone(zone),
                Optional.of(new Booked(booking.bookingId(), booking.sessionTypeName(), booking.clientName(),
                        booking.status().seenAt(now, booking.holdExpiresAt()))));
    }
}
