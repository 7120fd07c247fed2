package com.buildappswith.booking.notification.model;

import java.time.Instant;

/** Where notices are written, inside the caller's transaction. */
public interface NoticeRepository {

    void add(OutboxMessage message);

    void add(Notification notification);

    /**
     * From now to the end of the transaction, what was added is written when it commits, not before each of the
     * marks that follow (each such write would first compare every entity read so far with its copy).
     */
    void writeAtCommit();

    /**
     * Marks the notice of {@code kind} for the booking's start {@code startsAt} as written, unless it was before:
     * true for the one transaction that marks it, false for every other, also for one that ran at the same moment on
     * another node, without failing the caller's transaction.
     */
    boolean markOnce(long bookingId, NoticeKind kind, Instant startsAt, Instant now);
}
