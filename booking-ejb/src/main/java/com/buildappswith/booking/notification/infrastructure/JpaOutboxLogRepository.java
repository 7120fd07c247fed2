package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.OutboxFilter;
import com.buildappswith.booking.notification.model.OutboxLogRepository;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.OutboxStatus;
import com.buildappswith.booking.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox as the admin console reads it, in the application's database. */
@ApplicationScoped
public class JpaOutboxLogRepository implements OutboxLogRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaOutboxLogRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaOutboxLogRepository() {
        this(null);
    }

    /**
     * The conditions are written only for the parts the filter has, so the database is never asked to compare with
     * a parameter that is absent.
     */
    @Override
    public Page<OutboxMessage> newest(OutboxFilter filter, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        filter.status().ifPresent(status -> conditions.add("m.status = :status"));
        filter.bookingId().ifPresent(booking -> conditions.add("m.bookingId = :booking"));
        filter.recipient().ifPresent(text -> conditions.add("(lower(m.recipientEmail) like :recipient escape '!' "
                + "or lower(m.recipientName) like :recipient escape '!')"));
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Long> count = entityManager.createQuery("select count(m) from OutboxMessage m" + where, Long.class);
        TypedQuery<OutboxMessage> page = entityManager.createQuery("select m from OutboxMessage m" + where
                + " order by m.createdAt desc, m.id desc", OutboxMessage.class);
        bind(filter, count);
        bind(filter, page);
        return new Page<>(page.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult(),
                offset, limit);
    }

    private static void bind(OutboxFilter filter, TypedQuery<?> query) {
        filter.status().ifPresent(status -> query.setParameter("status", status));
        filter.bookingId().ifPresent(booking -> query.setParameter("booking", booking));
        filter.recipientPattern().ifPresent(pattern -> query.setParameter("recipient", pattern));
    }

    @Override
    public Map<OutboxStatus, Long> countsByStatus() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        entityManager.createQuery("select m.status, count(m) from OutboxMessage m group by m.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((OutboxStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Optional<OutboxMessage> find(long messageId) {
        return Optional.ofNullable(entityManager.find(OutboxMessage.class, messageId));
    }

    @Override
    public Optional<OutboxMessage> lock(long messageId) {
        return Optional.ofNullable(entityManager.find(OutboxMessage.class, messageId,
                LockModeType.PESSIMISTIC_WRITE));
    }
}
