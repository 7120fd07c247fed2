package com.buildappswith.booking.jobs.infrastructure;

import com.buildappswith.booking.jobs.model.BookingPosition;
import com.buildappswith.booking.jobs.model.BookingShare;
import com.buildappswith.booking.jobs.model.DueWork;
import com.buildappswith.booking.jobs.model.ReminderOffsets;
import com.buildappswith.booking.notification.model.NoticeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The jobs' queries over bookings and their notices, in plain SQL that PostgreSQL and H2 both run. Each reads a page
 * by keyset (after the last row of the previous page), which the indexes on (status, starts_at) and the notice's
 * key serve without sorting or skipping rows already read.
 */
@ApplicationScoped
public class JpaDueWork implements DueWork {

    private final EntityManager entityManager;

    @Inject
    public JpaDueWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaDueWork() {
        this(null);
    }

    @Override
    public List<BookingPosition> remindersDue(Instant now, ReminderOffsets offsets, BookingShare share,
                                              Optional<BookingPosition> after, int limit) {
        // Without a position the keyset condition reduces to "starts after now"; with an old one, "after now" wins.
        BookingPosition from = after.orElse(new BookingPosition(now, Long.MAX_VALUE));
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT b.id, b.starts_at FROM booking b
                        WHERE b.status = 'CONFIRMED' AND b.starts_at > ?1 AND b.starts_at <= ?2
                          AND (b.starts_at > ?3 OR (b.starts_at = ?3 AND b.id > ?4)) AND MOD(b.id, ?6) = ?7
                          AND NOT EXISTS (SELECT 1 FROM booking_notice n
                                          WHERE n.booking_id = b.id AND n.starts_at = b.starts_at
                                            AND n.kind = CASE WHEN b.starts_at <= ?5 THEN '%s' ELSE '%s' END)
                        ORDER BY b.starts_at, b.id""".formatted(NoticeKind.REMINDER_LATE, NoticeKind.REMINDER_EARLY))
                .setParameter(1, utc(now))
                .setParameter(2, utc(now.plus(offsets.furthest())))
                .setParameter(3, utc(from.startsAt()))
                .setParameter(4, from.bookingId())
                .setParameter(5, utc(now.plus(offsets.late())))
                .setParameter(6, share.count())
                .setParameter(7, share.index())
                .setMaxResults(limit)
                .getResultList();
        List<BookingPosition> due = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            due.add(new BookingPosition(instant(columns[1]), ((Number) columns[0]).longValue()));
        }
        return due;
    }

    /**
     * Free-cancellation notices differ per booking (each keeps its own terms), so the bookings are read per notice
     * the upcoming ones have, of which there are few: each such query is a plain range on the start.
     */
    @Override
    public List<WindowCandidate> windowsClosed(Instant now, long afterId, int limit) {
        List<?> notices = entityManager.createNativeQuery("""
                        SELECT DISTINCT terms_free_cancel_minutes FROM booking
                        WHERE status = 'CONFIRMED' AND starts_at > ?1 AND terms_free_cancel_minutes > 0""")
                .setParameter(1, utc(now))
                .getResultList();
        List<WindowCandidate> due = new ArrayList<>();
        for (Object notice : notices) {
            long minutes = ((Number) notice).longValue();
            List<?> rows = entityManager.createNativeQuery("""
                            SELECT b.id, b.starts_at, b.created_at FROM booking b
                            WHERE b.status = 'CONFIRMED' AND b.terms_free_cancel_minutes = ?1
                              AND b.starts_at > ?2 AND b.starts_at <= ?3 AND b.id > ?4
                              AND NOT EXISTS (SELECT 1 FROM booking_notice n
                                              WHERE n.booking_id = b.id AND n.starts_at = b.starts_at
                                                AND n.kind = '%s')
                            ORDER BY b.id""".formatted(NoticeKind.CANCELLATION_WINDOW_CLOSED))
                    .setParameter(1, minutes)
                    .setParameter(2, utc(now))
                    .setParameter(3, utc(now.plus(Duration.ofMinutes(minutes))))
                    .setParameter(4, afterId)
                    .setMaxResults(limit)
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                due.add(new WindowCandidate(((Number) columns[0]).longValue(), instant(columns[1]),
                        instant(columns[2]), Duration.ofMinutes(minutes)));
            }
        }
        due.sort(Comparator.comparingLong(WindowCandidate::bookingId));
        return due.size() > limit ? List.copyOf(due.subList(0, limit)) : due;
    }

    @Override
    public List<Long> endedBefore(Instant cutoff, long afterId, int limit) {
        List<?> ids = entityManager.createNativeQuery("""
                        SELECT b.id FROM booking b WHERE b.status = 'CONFIRMED' AND b.ends_at < ?1 AND b.id > ?2
                        ORDER BY b.id""")
                .setParameter(1, utc(cutoff))
                .setParameter(2, afterId)
                .setMaxResults(limit)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("The database answered a time as " + value.getClass().getName());
    }
}
