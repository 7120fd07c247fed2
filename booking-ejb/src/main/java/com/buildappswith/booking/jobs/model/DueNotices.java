package com.buildappswith.booking.jobs.model;

import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.scheduling.model.BookingStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which once-per-start notice a booking is due at a moment. Only a CONFIRMED booking that has not started is due
 * anything: never a cancelled, expired or held one, never once the session began.
 * <p>
 * Reminders: inside the late window (at most the late offset before the start) the late reminder is due, and the
 * early one no longer, even if it was never sent: a "tomorrow" reminder 30 minutes before the start would only
 * confuse. Between the two offsets the early one is due. A reminder whose moment passed while no node ran the job
 * is therefore still sent, late, as long as the session has not started, as the one that fits the time left.
 * <p>
 * The end of free cancellation: due once the booking's own free-cancellation notice is inside the time left, for a
 * booking that had a free window to lose (one made after its deadline never had one, and is told nothing).
 */
public final class DueNotices {

    private DueNotices() {
    }

    /** The reminder due for a booking in {@code status} starting at {@code start}, at {@code now}. */
    public static Optional<NoticeKind> reminderDue(BookingStatus status, Instant start, Instant now,
                                                   ReminderOffsets offsets) {
        Objects.requireNonNull(offsets, "The reminder offsets are required.");
        if (!upcoming(status, start, now)) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, start);
        if (left.compareTo(offsets.late()) <= 0) {
            return Optional.of(NoticeKind.REMINDER_LATE);
        }
        return offsets.early().filter(early -> left.compareTo(early) <= 0).map(early -> NoticeKind.REMINDER_EARLY);
    }

    /**
     * Whether the note that free cancellation has ended is due for a booking made at {@code createdAt} whose terms
     * give {@code freeNotice}.
     */
    public static boolean windowClosedDue(BookingStatus status, Instant start, Instant createdAt, Duration freeNotice,
                                          Instant now) {
        Objects.requireNonNull(createdAt, "When it was made is required.");
        Objects.requireNonNull(freeNotice, "The free-cancellation notice is required.");
        if (!upcoming(status, start, now)) {
            return false;
        }
        Instant deadline = start.minus(freeNotice);
        return !now.isBefore(deadline) && createdAt.isBefore(deadline);
    }

    private static boolean upcoming(BookingStatus status, Instant start, Instant now) {
        Objects.requireNonNull(status, "The status is required.");
        Objects.requireNonNull(start, "The start is required.");
        Objects.requireNonNull(now, "Now is required.");
        return status == BookingStatus.CONFIRMED && now.isBefore(start);
    }
}
