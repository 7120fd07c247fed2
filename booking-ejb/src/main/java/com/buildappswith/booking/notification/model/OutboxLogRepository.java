package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.shared.Page;

import java.util.Map;
import java.util.Optional;

/** The outbox as the admin console reads it: every message written, whatever became of it. */
public interface OutboxLogRepository {

    /** The messages that pass {@code filter}, newest first, paged in the database. */
    Page<OutboxMessage> newest(OutboxFilter filter, int offset, int limit);

    /** How many messages there are of each status (a status without messages is absent). */
    Map<OutboxStatus, Long> countsByStatus();

    Optional<OutboxMessage> find(long messageId);

    /** The message with its row locked for the rest of the transaction, so no sender changes it meanwhile. */
    Optional<OutboxMessage> lock(long messageId);
}
