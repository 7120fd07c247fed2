package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.OutboxQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The outbox's due messages in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaOutboxQueue implements OutboxQueue {

    /**
     * A plain row-lock query (PostgreSQL and H2 2.2 alike): locking the entities through JPA would wait for rows
     * another sender holds instead of skipping them.
     */
    private static final String LOCK_DUE = "select id from outbox_message where status = 'PENDING'"
            + " and next_attempt_at <= ?1 and (claimed_until is null or claimed_until <= ?1)"
            + " order by next_attempt_at, id limit ?2 for update skip locked";

    private final EntityManager entityManager;

    @Inject
    public JpaOutboxQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaOutboxQueue() {
        this(null);
    }

    @Override
    public List<OutboxMessage> lockDue(Instant now, int max) {
        List<Long> ids = entityManager.createNativeQuery(LOCK_DUE)
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, max)
                .getResultList().stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select m from OutboxMessage m where m.id in :ids"
                        + " order by m.nextAttemptAt, m.id", OutboxMessage.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(entityManager.find(OutboxMessage.class, id));
    }
}
