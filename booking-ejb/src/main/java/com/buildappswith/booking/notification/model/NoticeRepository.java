package com.buildappswith.booking.notification.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Where notices are written, inside the caller's transaction. */
public interface NoticeRepository {

    /** Adds the in-app notifications and outbox messages of one change or one job's chunk. */
    void add(List<Notification> notifications, List<OutboxMessage> messages);

    /**
     * From now to the end of the transaction, what was added is written when it commits, not before each of the
     * marks that follow (each such write would first compare every entity read so far with its copy).
     */
    void writeAtCommit();

    /** The notice of {@code kind} for the booking's start {@code startsAt}: what {@code booking_notice}'s key holds. */
    record Mark(long bookingId, NoticeKind kind, Instant startsAt) {

        public Mark {
            Objects.requireNonNull(kind, "The kind is required.");
            Objects.requireNonNull(startsAt, "The start is required.");
        }
    }

    /**
     * Marks each notice as written, unless it was before: a mark is in the answer for the one transaction that
     * marked it, and for no other, also not for one that ran at the same moment on another node, without failing the
     * caller's transaction. A mark given twice is marked once.
     *
     * @return the marks made now
     */
    Set<Mark> markEachOnce(Collection<Mark> marks, Instant now);
}
