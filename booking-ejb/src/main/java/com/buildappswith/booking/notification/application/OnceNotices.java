package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.NoticeRepository;
import com.buildappswith.booking.notification.model.NoticeRules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The notices the jobs write, each at most once per booking, kind and start time: the reminders before a session and
 * the note that free cancellation has ended. Called inside the job's transaction (MANDATORY): the
 * {@code booking_notice} row, the outbox messages and the in-app notifications of one notice commit together, and
 * the row's key makes a second run, or a second node, write nothing.
 */
public interface OnceNotices {

    /**
     * Writes the notice of {@code kind} ({@code REMINDER_EARLY}, {@code REMINDER_LATE} or
     * {@code CANCELLATION_WINDOW_CLOSED}) for the booking's start {@code startsAt}, to the parties it is for, unless
     * it was written before or the booking no longer starts then or is no longer CONFIRMED.
     *
     * @return whether it was written now
     */
    boolean writeOnce(long bookingId, NoticeKind kind, Instant startsAt);

    /** A notice for {@link #writeEachOnce}: of {@code kind}, for the booking's start {@code startsAt}. */
    record Once(long bookingId, NoticeKind kind, Instant startsAt) {

        public Once {
            Objects.requireNonNull(kind, "The kind is required.");
            Objects.requireNonNull(startsAt, "The start is required.");
            if (!NoticeRules.ONCE_PER_START.contains(kind)) {
                throw new IllegalArgumentException(kind + " is not written once per start time.");
            }
        }

        /** What marks it as written. */
        public NoticeRepository.Mark mark() {
            return new NoticeRepository.Mark(bookingId, kind, startsAt);
        }
    }

    /**
     * Writes each notice as {@link #writeOnce} does, a job's chunk at a time: an implementation may read their
     * bookings together and write its rows at the end of the transaction.
     *
     * @return how many were written now
     */
    default int writeEachOnce(List<Once> notices) {
        return (int) notices.stream().filter(once -> writeOnce(once.bookingId(), once.kind(), once.startsAt())).count();
    }
}
