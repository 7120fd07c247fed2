package com.buildappswith.booking.jobs.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The bookings the jobs have work for, found in pages so a job's memory stays flat however many there are. Each
 * query leaves out what is done already (a notice row for the booking's current start), so a second run, or a run
 * on a second node, finds nothing the first one finished.
 */
public interface DueWork {

    /**
     * Up to {@code limit} CONFIRMED bookings starting after {@code now} and at most {@code offsets.furthest()} later,
     * in {@code share}, after {@code after} in (start, id) order, that lack the reminder
     * {@link DueNotices#reminderDue} names.
     */
    List<BookingPosition> remindersDue(Instant now, ReminderOffsets offsets, BookingShare share,
                                       Optional<BookingPosition> after, int limit);

    /** A booking whose free cancellation may have ended: what {@link DueNotices#windowClosedDue} needs. */
    record WindowCandidate(long bookingId, Instant startsAt, Instant createdAt, Duration freeNotice) {
    }

    /**
     * Up to {@code limit} CONFIRMED bookings with an id above {@code afterId}, by id, that start after {@code now}
     * and whose free-cancellation notice reaches {@code now}, without the note that it ended for their start.
     */
    List<WindowCandidate> windowsClosed(Instant now, long afterId, int limit);

    /** Up to {@code limit} ids above {@code afterId}, in order, of CONFIRMED bookings that ended before {@code cutoff}. */
    List<Long> endedBefore(Instant cutoff, long afterId, int limit);
}
