package com.buildappswith.booking.notification.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox as the sender sees it: the messages due for an attempt, claimed so that one sender has each. */
public interface OutboxQueue {

    /**
     * Up to {@code max} messages due at {@code now}, oldest due first, each locked for the caller's transaction;
     * rows another transaction has locked are skipped, not waited for, so concurrent senders take different ones.
     */
    List<OutboxMessage> lockDue(Instant now, int max);

    Optional<OutboxMessage> find(long id);
}
