package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.policy.model.CancellationTerms;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules for managing a booking need to know of it, as a value: where it stands, when it is, the terms it
 * was made under and how often it was moved.
 *
 * @param status        as stored (a lapsed hold may still read HELD; see {@link #statusAt})
 * @param holdExpiresAt when its hold lapses; empty unless it was held
 * @param firstStart    when it started as it was booked, before any move
 */
public record BookingStanding(BookingStatus status, Optional<Instant> holdExpiresAt, Instant start, Instant end,
                              CancellationTerms terms, int rescheduleCount, Instant firstStart) {

    public BookingStanding {
        Objects.requireNonNull(status, "Status is required.");
        Objects.requireNonNull(holdExpiresAt, "Hold expiry, or none, is required.");
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        Objects.requireNonNull(terms, "Terms are required.");
        Objects.requireNonNull(firstStart, "The first start is required.");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A session cannot end before it starts.");
        }
        if (rescheduleCount < 0) {
            throw new IllegalArgumentException("A booking cannot be moved a negative number of times.");
        }
    }

    /**
     * The start a cancellation's notice is measured to, for its refund and the free-cancellation deadline: the earlier
     * of the first start and the current one. Moving a session later keeps its first deadlines (else a client inside
     * the 50 % tier could move it a week out and cancel for everything); moving it earlier brings them closer, as
     * for a session booked at that time. The reschedule deadline follows the current start.
     */
    public Instant cancellationNoticeFrom() {
        return firstStart.isBefore(start) ? firstStart : start;
    }

    /** The status as people should see it at {@code now}: a hold whose time ran out is EXPIRED. */
    public BookingStatus statusAt(Instant now) {
        return status.seenAt(now, holdExpiresAt.orElse(null));
    }
}
