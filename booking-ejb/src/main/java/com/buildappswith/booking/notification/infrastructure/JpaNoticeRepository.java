package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.NoticeRepository;
import com.buildappswith.booking.notification.model.NoticeRepository.Mark;
import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.notification.model.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import org.eclipse.persistence.sessions.Session;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Outbox messages, notifications and once-per-start marks in the application's database, in the caller's transaction. */
@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    /**
     * Rows a statement inserts into one table: a hundred messages' bodies make arrays of some 100 KB, which a young
     * generation takes in its stride, where a whole chunk's would be allocated straight into the old one.
     */
    private static final int ROWS_PER_STATEMENT = 100;

    private static final Comparator<Mark> KEY_ORDER = Comparator.comparingLong(Mark::bookingId)
            .thenComparing(Mark::kind).thenComparing(Mark::startsAt);

    private final EntityManager entityManager;

    @Inject
    public JpaNoticeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaNoticeRepository() {
        this(null);
    }

    /**
     * PostgreSQL: {@code INSERT ... SELECT FROM unnest(...)} a table, a statement for every hundred rows, with ids
     * taken from the entities' sequences in the blocks EclipseLink takes them in. A job's chunk of a few hundred
     * reminders otherwise spent most of its time having EclipseLink register, compare and write each row at the
     * commit. The rows are then in the database at once, not at the commit, which only the transaction itself can
     * tell. H2 (embedded, one node, few rows) persists the entities.
     */
    @Override
    public void add(List<Notification> notifications, List<OutboxMessage> messages) {
        if (entityManager.unwrap(Session.class).getPlatform().isPostgreSQL()) {
            long[] notificationIds = ids("notification_seq", Notification.ID_BLOCK, notifications.size());
            for (int from = 0; from < notifications.size(); from += ROWS_PER_STATEMENT) {
                int to = Math.min(notifications.size(), from + ROWS_PER_STATEMENT);
                insertNotifications(notifications.subList(from, to), Arrays.copyOfRange(notificationIds, from, to));
            }
            long[] messageIds = ids("outbox_message_seq", OutboxMessage.ID_BLOCK, messages.size());
            for (int from = 0; from < messages.size(); from += ROWS_PER_STATEMENT) {
                int to = Math.min(messages.size(), from + ROWS_PER_STATEMENT);
                insertMessages(messages.subList(from, to), Arrays.copyOfRange(messageIds, from, to));
            }
        } else {
            notifications.forEach(entityManager::persist);
            messages.forEach(entityManager::persist);
        }
    }

    private void insertNotifications(List<Notification> notifications, long[] ids) {
        int rows = notifications.size();
        Long[] recipients = new Long[rows];
        String[] kinds = new String[rows];
        Long[] bookings = new Long[rows];
        String[] texts = new String[rows];
        String[] created = new String[rows];
        String[] read = new String[rows];
        for (int i = 0; i < rows; i++) {
            Notification notification = notifications.get(i);
            recipients[i] = notification.recipientId();
            kinds[i] = notification.kind().name();
            bookings[i] = notification.bookingId().orElse(null);
            texts[i] = notification.text();
            created[i] = notification.createdAt().toString();
            read[i] = notification.readAt().map(Instant::toString).orElse(null);
        }
        entityManager.createNativeQuery("""
                        INSERT INTO notification (id, recipient_id, kind, booking_id, text, created_at, read_at)
                        SELECT r.id, r.recipient_id, r.kind, r.booking_id, r.text, r.created_at, r.read_at
                        FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS varchar[]),
                                    CAST(? AS bigint[]), CAST(? AS varchar[]), CAST(? AS timestamptz[]),
                                    CAST(? AS timestamptz[]))
                             AS r(id, recipient_id, kind, booking_id, text, created_at, read_at)""")
                .setParameter(1, ids)
                .setParameter(2, recipients)
                .setParameter(3, kinds)
                .setParameter(4, bookings)
                .setParameter(5, texts)
                .setParameter(6, created)
                .setParameter(7, read)
                .executeUpdate();
    }

    /** A new message is PENDING, unclaimed and at version 1, the first EclipseLink writes. */
    private void insertMessages(List<OutboxMessage> messages, long[] ids) {
        int rows = messages.size();
        String[] kinds = new String[rows];
        Long[] bookings = new Long[rows];
        Long[] recipients = new Long[rows];
        String[] emails = new String[rows];
        String[] names = new String[rows];
        String[] subjects = new String[rows];
        String[] texts = new String[rows];
        String[] htmls = new String[rows];
        String[] invites = new String[rows];
        String[] methods = new String[rows];
        String[] messageIds = new String[rows];
        String[] statuses = new String[rows];
        int[] attempts = new int[rows];
        String[] nextAttempts = new String[rows];
        String[] errors = new String[rows];
        String[] created = new String[rows];
        String[] sent = new String[rows];
        for (int i = 0; i < rows; i++) {
            OutboxMessage message = messages.get(i);
            kinds[i] = message.kind().name();
            bookings[i] = message.bookingId().orElse(null);
            recipients[i] = message.recipientId().orElse(null);
            emails[i] = message.recipientEmail();
            names[i] = message.recipientName();
            subjects[i] = message.subject();
            texts[i] = message.textBody();
            htmls[i] = message.htmlBody();
            invites[i] = message.invite().map(CalendarInvite::text).orElse(null);
            methods[i] = message.invite().map(invite -> invite.method().name()).orElse(null);
            messageIds[i] = message.messageId();
            statuses[i] = message.status().name();
            attempts[i] = message.attempts();
            nextAttempts[i] = message.nextAttemptAt().toString();
            errors[i] = message.lastError().orElse(null);
            created[i] = message.createdAt().toString();
            sent[i] = message.sentAt().map(Instant::toString).orElse(null);
        }
        entityManager.createNativeQuery("""
                        INSERT INTO outbox_message (id, kind, booking_id, recipient_id, recipient_email, recipient_name,
                                                    subject, text_body, html_body, ics, ics_method, message_id, status,
                                                    attempts, next_attempt_at, last_error, created_at, sent_at,
                                                    version)
                        SELECT m.id, m.kind, m.booking_id, m.recipient_id, m.recipient_email, m.recipient_name,
                               m.subject, m.text_body, m.html_body, m.ics, m.ics_method, m.message_id, m.status,
                               m.attempts, m.next_attempt_at, m.last_error, m.created_at, m.sent_at, 1
                        FROM unnest(CAST(? AS bigint[]), CAST(? AS varchar[]), CAST(? AS bigint[]),
                                    CAST(? AS bigint[]), CAST(? AS varchar[]), CAST(? AS varchar[]),
                                    CAST(? AS varchar[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                                    CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]),
                                    CAST(? AS integer[]), CAST(? AS timestamptz[]), CAST(? AS varchar[]),
                                    CAST(? AS timestamptz[]), CAST(? AS timestamptz[]))
                             AS m(id, kind, booking_id, recipient_id, recipient_email, recipient_name, subject,
                                  text_body, html_body, ics, ics_method, message_id, status, attempts,
                                  next_attempt_at, last_error, created_at, sent_at)""")
                .setParameter(1, ids)
                .setParameter(2, kinds)
                .setParameter(3, bookings)
                .setParameter(4, recipients)
                .setParameter(5, emails)
                .setParameter(6, names)
                .setParameter(7, subjects)
                .setParameter(8, texts)
                .setParameter(9, htmls)
                .setParameter(10, invites)
                .setParameter(11, methods)
                .setParameter(12, messageIds)
                .setParameter(13, statuses)
                .setParameter(14, attempts)
                .setParameter(15, nextAttempts)
                .setParameter(16, errors)
                .setParameter(17, created)
                .setParameter(18, sent)
                .executeUpdate();
    }

    /**
     * {@code count} new ids from the sequence, in blocks as EclipseLink takes them for the entity: each value the
     * sequence gives is the last id of a block of {@code block} that belongs to whoever drew it, so ids drawn here
     * and by EclipseLink never meet.
     */
    private long[] ids(String sequence, int block, int count) {
        if (count == 0) {
            return new long[0];
        }
        List<?> values = entityManager.createNativeQuery(
                        "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)")
                .setParameter(1, (count + block - 1) / block)
                .getResultList();
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            long last = ((Number) values.get(i / block)).longValue();
            ids[i] = last - block + 1 + i % block;
        }
        return ids;
    }

    @Override
    public void writeAtCommit() {
        entityManager.setFlushMode(FlushModeType.COMMIT);
    }

    /**
     * PostgreSQL: one {@code INSERT ... ON CONFLICT DO NOTHING RETURNING} for the whole chunk, which answers the keys
     * it inserted. {@code ON CONFLICT DO NOTHING} makes a concurrent second insert wait for the first and then insert
     * nothing, where a plain insert would fail on the key and abort the whole transaction (a job's chunk of
     * reminders); the marks go in key order, so two nodes marking overlapping chunks wait for each other rather than
     * deadlock. H2, embedded and so one node, knows no such clause: there the booking's row lock makes writers of one
     * booking's notices take turns, and the second finds the mark.
     */
    @Override
    public Set<Mark> markEachOnce(Collection<Mark> marks, Instant now) {
        List<Mark> ordered = marks.stream().distinct().sorted(KEY_ORDER).toList();
        Set<Mark> marked = new HashSet<>();
        if (ordered.isEmpty()) {
            return marked;
        }
        if (entityManager.unwrap(Session.class).getPlatform().isPostgreSQL()) {
            marked.addAll(insertReturning(ordered, now));
        } else {
            ordered.stream().filter(mark -> insertIfAbsent(mark, now)).forEach(marked::add);
        }
        return marked;
    }

    /**
     * The marks travel as three arrays, one a column, unnested in their order: the statement has four parameters
     * however many marks there are (EclipseLink looks each of a statement's parameters up among the others, so a
     * chunk's worth of them cost it as much as the rest of the chunk), and its text is the same for every chunk.
     */
    private List<Mark> insertReturning(List<Mark> marks, Instant now) {
        long[] bookingIds = new long[marks.size()];
        String[] kinds = new String[marks.size()];
        String[] starts = new String[marks.size()];
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = stored(marks.get(i));
            bookingIds[i] = mark.bookingId();
            kinds[i] = mark.kind().name();
            starts[i] = mark.startsAt().toString();
        }
        Query insert = entityManager.createNativeQuery("""
                        INSERT INTO booking_notice (booking_id, kind, starts_at, written_at)
                        SELECT m.booking_id, m.kind, m.starts_at, ?
                        FROM unnest(CAST(? AS bigint[]), CAST(? AS varchar[]), CAST(? AS timestamptz[]))
                             WITH ORDINALITY AS m(booking_id, kind, starts_at, position)
                        ORDER BY m.position
                        ON CONFLICT DO NOTHING RETURNING booking_id, kind, starts_at""")
                .setParameter(1, utc(now))
                .setParameter(2, bookingIds)
                .setParameter(3, kinds)
                .setParameter(4, starts);
        // The database keeps microseconds: each row answered is matched to the mark asked for at that precision, and
        // a row that matches none fails the transaction rather than leave a notice marked that nobody gets.
        Map<Mark, Mark> asked = new HashMap<>();
        marks.forEach(mark -> asked.put(stored(mark), mark));
        List<Mark> inserted = new ArrayList<>(marks.size());
        for (Object row : insert.getResultList()) {
            Object[] columns = (Object[]) row;
            Mark answered = stored(new Mark(((Number) columns[0]).longValue(),
                    NoticeKind.valueOf((String) columns[1]), instant(columns[2])));
            Mark mark = asked.get(answered);
            if (mark == null) {
                throw new IllegalStateException("PostgreSQL marked " + answered + ", which was not asked for.");
            }
            inserted.add(mark);
        }
        return inserted;
    }

    private static Mark stored(Mark mark) {
        return new Mark(mark.bookingId(), mark.kind(), mark.startsAt().truncatedTo(ChronoUnit.MICROS));
    }

    private boolean insertIfAbsent(Mark mark, Instant now) {
        OffsetDateTime start = utc(mark.startsAt());
        entityManager.createNativeQuery("SELECT id FROM booking WHERE id = ? FOR UPDATE")
                .setParameter(1, mark.bookingId())
                .getResultList();
        return entityManager.createNativeQuery("INSERT INTO booking_notice (booking_id, kind, starts_at, written_at) "
                        + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM booking_notice "
                        + "WHERE booking_id = ? AND kind = ? AND starts_at = ?)")
                .setParameter(1, mark.bookingId())
                .setParameter(2, mark.kind().name())
                .setParameter(3, start)
                .setParameter(4, utc(now))
                .setParameter(5, mark.bookingId())
                .setParameter(6, mark.kind().name())
                .setParameter(7, start)
                .executeUpdate() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("The database answered a time as " + value.getClass().getName());
    }
}
