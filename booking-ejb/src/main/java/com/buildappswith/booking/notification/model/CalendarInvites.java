package com.buildappswith.booking.notification.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Writes a booking's calendar invites (iCalendar, RFC 5545, with iTIP methods, RFC 5546): one event per booking
 * under one UID, its SEQUENCE raised with every change, so that a calendar adds, moves and removes a single entry.
 */
public interface CalendarInvites {

    /** The event as it now stands: METHOD:REQUEST, STATUS:CONFIRMED. */
    CalendarInvite request(Event event);

    /** The event withdrawn: METHOD:CANCEL, STATUS:CANCELLED, under the same UID. */
    CalendarInvite cancel(Event event);

    /**
     * One booking as a calendar event: the builder organises it, the client attends.
     *
     * @param sequence the booking's version as calendars count it: higher than that of every invite sent before
     */
    record Event(String uid, int sequence, Instant start, Instant end, String summary, String description,
                 Recipient organizer, Recipient attendee, Instant stamp) {

        public Event {
            Objects.requireNonNull(uid, "The UID is required.");
            Objects.requireNonNull(start, "The start is required.");
            Objects.requireNonNull(end, "The end is required.");
            Objects.requireNonNull(summary, "The summary is required.");
            Objects.requireNonNull(description, "The description is required.");
            Objects.requireNonNull(organizer, "The organizer is required.");
            Objects.requireNonNull(attendee, "The attendee is required.");
            Objects.requireNonNull(stamp, "The time stamp is required.");
            if (sequence < 0) {
                throw new IllegalArgumentException("The sequence must not be negative.");
            }
        }

        /**
         * The booking's event: every REQUEST carries the booking's move count, and the CANCEL one more than that, so
         * it outranks every REQUEST sent before it.
         */
        public static Event of(BookingFacts facts, IcsMethod method, String uid, Instant stamp) {
            int sequence = method == IcsMethod.CANCEL ? facts.sequence() + 1 : facts.sequence();
            String description = (facts.purpose().isBlank() ? "" : facts.purpose() + "\n\n") + "Open the booking: "
                    + facts.link();
            return new Event(uid, sequence, facts.start(), facts.end(), facts.sessionType() + ": "
                    + facts.client().name() + " with " + facts.builder().name(), description, facts.builder(),
                    facts.client(), stamp);
        }
    }
}
