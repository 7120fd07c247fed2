package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.InboxRepository;
import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** The recipients' notifications in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaInboxRepository implements InboxRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaInboxRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaInboxRepository() {
        this(null);
    }

    @Override
    public long unreadOf(long recipientId) {
        return entityManager.createQuery("select count(n) from Notification n "
                        + "where n.recipientId = :recipient and n.readAt is null", Long.class)
                .setParameter("recipient", recipientId)
                .getSingleResult();
    }

    @Override
    public Page<Notification> newestOf(long recipientId, int offset, int limit) {
        long total = entityManager.createQuery("select count(n) from Notification n where n.recipientId = :recipient",
                        Long.class)
                .setParameter("recipient", recipientId)
                .getSingleResult();
        return new Page<>(entityManager.createQuery("select n from Notification n where n.recipientId = :recipient "
                        + "order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("recipient", recipientId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList(), total, offset, limit);
    }

    @Override
    public Optional<Notification> ofRecipient(long notificationId, long recipientId) {
        return entityManager.createQuery("select n from Notification n where n.id = :id and n.recipientId = :recipient",
                        Notification.class)
                .setParameter("id", notificationId)
                .setParameter("recipient", recipientId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Notification> unreadNotificationsOf(long recipientId) {
        return entityManager.createQuery("select n from Notification n "
                        + "where n.recipientId = :recipient and n.readAt is null", Notification.class)
                .setParameter("recipient", recipientId)
                .getResultList();
    }
}
