package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.BookingEvent;
import com.buildappswith.booking.scheduling.model.BookingStatus;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a booking's history: a change of status (or a note beside it), who made it (worded for the viewer,
 * see {@link HistoryActors}), why and when.
 *
 * @param movedFrom the start before, for a move to another time (then {@code movedTo} is the start after)
 */
public record BookingHistoryEntry(Optional<BookingStatus> from, BookingStatus to, String actor, String reason,
                                  Instant at, Optional<Instant> movedFrom, Optional<Instant> movedTo) {

    static BookingHistoryEntry of(BookingEvent event, HistoryActors actors) {
        return new BookingHistoryEntry(event.from(), event.to(), actors.wording(event.actor()), event.reason(),
                event.at(),
                event.movedFrom(), event.movedTo());
    }
}
