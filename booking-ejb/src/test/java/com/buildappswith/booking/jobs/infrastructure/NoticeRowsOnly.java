package com.buildappswith.booking.jobs.infrastructure;

import com.buildappswith.booking.notification.application.OnceNotices;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * TEST SCOPE ONLY: writes a notice's {@code booking_notice} row and nothing else (no mail, no in-app notification),
 * under the conditions {@link OnceNotices} promises. The notification domain's implementation is built in parallel;
 * these tests need only the row, which is what the jobs' queries read to leave out what is done.
 */
final class NoticeRowsOnly implements OnceNotices {

    private final EntityManager entityManager;
    private final Instant now;

    NoticeRowsOnly(EntityManager entityManager, Instant now) {
        this.entityManager = entityManager;
        this.now = now;
    }

    @Override
    public boolean writeOnce(long bookingId, NoticeKind kind, Instant startsAt) {
        Booking booking = entityManager.find(Booking.class, bookingId);
        if (booking == null || booking.status() != BookingStatus.CONFIRMED || !booking.startsAt().equals(startsAt)) {
            return false;
        }
        Number written = (Number) entityManager.createNativeQuery("""
                        SELECT COUNT(*) FROM booking_notice WHERE booking_id = ?1 AND kind = ?2 AND starts_at = ?3""")
                .setParameter(1, bookingId)
                .setParameter(2, kind.name())
                .setParameter(3, startsAt.atOffset(ZoneOffset.UTC))
                .getSingleResult();
        if (written.intValue() > 0) {
            return false;
        }
        entityManager.createNativeQuery("""
                        INSERT INTO booking_notice (booking_id, kind, starts_at, written_at) VALUES (?1, ?2, ?3, ?4)""")
                .setParameter(1, bookingId)
                .setParameter(2, kind.name())
                .setParameter(3, startsAt.atOffset(ZoneOffset.UTC))
                .setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return true;
    }
}
