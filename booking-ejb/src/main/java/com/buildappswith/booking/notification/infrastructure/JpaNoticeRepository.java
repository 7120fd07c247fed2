package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.NoticeRepository;
import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.notification.model.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.eclipse.persistence.sessions.Session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Outbox messages, notifications and once-per-start marks in the application's database, in the caller's transaction. */
@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaNoticeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaNoticeRepository() {
        this(null);
    }

    @Override
    public void add(OutboxMessage message) {
        entityManager.persist(message);
    }

    @Override
    public void add(Notification notification) {
        entityManager.persist(notification);
    }

    @Override
    public void writeAtCommit() {
        entityManager.setFlushMode(FlushModeType.COMMIT);
    }

    /**
     * PostgreSQL: {@code ON CONFLICT DO NOTHING} makes a concurrent second insert wait for the first and then insert
     * nothing, where a plain insert would fail on the key and abort the whole transaction (a job's batch of
     * reminders). H2, embedded and so one node, knows no such clause: there the booking's row lock makes writers of
     * one booking's notices take turns, and the second finds the mark.
     */
    @Override
    public boolean markOnce(long bookingId, NoticeKind kind, Instant startsAt, Instant now) {
        OffsetDateTime start = OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC);
        OffsetDateTime written = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        if (entityManager.unwrap(Session.class).getPlatform().isPostgreSQL()) {
            return entityManager.createNativeQuery("INSERT INTO booking_notice (booking_id, kind, starts_at, "
                            + "written_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .setParameter(1, bookingId)
                    .setParameter(2, kind.name())
                    .setParameter(3, start)
                    .setParameter(4, written)
                    .executeUpdate() == 1;
        }
        entityManager.createNativeQuery("SELECT id FROM booking WHERE id = ? FOR UPDATE")
                .setParameter(1, bookingId)
                .getResultList();
        return entityManager.createNativeQuery("INSERT INTO booking_notice (booking_id, kind, starts_at, written_at) "
                        + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM booking_notice "
                        + "WHERE booking_id = ? AND kind = ? AND starts_at = ?)")
                .setParameter(1, bookingId)
                .setParameter(2, kind.name())
                .setParameter(3, start)
                .setParameter(4, written)
                .setParameter(5, bookingId)
                .setParameter(6, kind.name())
                .setParameter(7, start)
                .executeUpdate() == 1;
    }
}
