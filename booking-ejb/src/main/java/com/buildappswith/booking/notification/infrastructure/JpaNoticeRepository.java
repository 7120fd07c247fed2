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
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import org.eclipse.persistence.sessions.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Outbox messages, notifications and once-per-start marks in the application's database, in the caller's transaction. */
@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    private static final String NOTIFICATION_COLUMNS =
            "notification (id, recipient_id, kind, booking_id, text, created_at, read_at)";
    private static final int NOTIFICATION_COLUMN_COUNT = columnCount(NOTIFICATION_COLUMNS);

    /** A new message is PENDING, unclaimed and at version 1, the first EclipseLink writes. */
    private static final String MESSAGE_COLUMNS = """
            outbox_message (id, kind, booking_id, recipient_id, recipient_email, recipient_name, subject, text_body,
                            html_body, ics, ics_method, message_id, status, attempts, next_attempt_at, last_error,
                            created_at, sent_at, version)""";
    private static final int MESSAGE_COLUMN_COUNT = columnCount(MESSAGE_COLUMNS);

    /** At most this many rows go in one {@code INSERT}; more are copied (a booking writes two to four). */
    static final int ONE_STATEMENT_ROWS = 16;

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
     * PostgreSQL: a booking's own few notices in one {@code INSERT} of both tables (a data-modifying {@code WITH});
     * more, a job's chunk of reminders, by {@code COPY ... FROM STDIN} a table, the rows streamed in COPY's text format
     * a block at a time. Either way with ids drawn as EclipseLink draws them for the entities. A chunk of a few hundred
     * otherwise spent most of its time having EclipseLink register, compare and write each row at the commit, and
     * then, with {@code INSERT ... SELECT FROM unnest(...)}, having the driver encode the bodies as arrays; but COPY
     * costs two round trips a table and a block's buffer, which for a booking's two or three rows, written while the
     * builder's row is locked, cost more than the rows. The rows are then in the database at once, not at the commit,
     * which only the transaction itself can tell. H2 (embedded, one node, few rows) persists the entities.
     */
    @Override
    public void add(List<Notification> notifications, List<OutboxMessage> messages) {
        if (entityManager.unwrap(Session.class).getPlatform().isPostgreSQL()) {
            long[] notificationIds = ids(Notification.class, notifications.size());
            long[] messageIds = ids(OutboxMessage.class, messages.size());
            try {
                Connection connection = entityManager.unwrap(Connection.class);
                if (notifications.size() + messages.size() <= ONE_STATEMENT_ROWS) {
                    insert(connection, notifications, notificationIds, messages, messageIds);
                } else {
                    copy(connection, notifications, notificationIds, messages, messageIds);
                }
            } catch (SQLException e) {
                throw new PersistenceException("Could not write " + notifications.size() + " notifications and "
                        + messages.size() + " outbox messages into the database: " + e.getMessage(), e);
            }
        } else {
            notifications.forEach(entityManager::persist);
            messages.forEach(entityManager::persist);
        }
    }

    private interface RowSource {
        void writeTo(Rows rows) throws SQLException;
    }

    private static void insert(Connection connection, List<Notification> notifications, long[] notificationIds,
                               List<OutboxMessage> messages, long[] messageIds) throws SQLException {
        if (notifications.isEmpty() && messages.isEmpty()) {
            return;
        }
        String notificationRows = "INSERT INTO " + NOTIFICATION_COLUMNS + " VALUES "
                + placeholders(notifications.size(), NOTIFICATION_COLUMN_COUNT);
        String messageRows = "INSERT INTO " + MESSAGE_COLUMNS + " VALUES "
                + placeholders(messages.size(), MESSAGE_COLUMN_COUNT);
        String sql = messages.isEmpty() ? notificationRows
                : notifications.isEmpty() ? messageRows
                : "WITH notified AS (" + notificationRows + ") " + messageRows;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            StatementRows rows = new StatementRows(statement);
            notificationRows(notifications, notificationIds).writeTo(rows);
            messageRows(messages, messageIds).writeTo(rows);
            statement.executeUpdate();
        }
    }

    private static int columnCount(String table) {
        return table.split(",").length;
    }

    private static String placeholders(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }

    private static void copy(Connection connection, List<Notification> notifications, long[] notificationIds,
                             List<OutboxMessage> messages, long[] messageIds) throws SQLException {
        PGConnection copying = connection.unwrap(PGConnection.class);
        if (!notifications.isEmpty()) {
            copy(copying, NOTIFICATION_COLUMNS, notificationRows(notifications, notificationIds));
        }
        if (!messages.isEmpty()) {
            copy(copying, MESSAGE_COLUMNS, messageRows(messages, messageIds));
        }
    }

    /** Streams the rows into the table through the transaction's connection. */
    private static void copy(PGConnection connection, String table, RowSource source) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn("COPY " + table + " FROM STDIN");
        try {
            CopyRows rows = new CopyRows(bytes -> copy.writeToCopy(bytes, 0, bytes.length));
            source.writeTo(rows);
            rows.flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static RowSource notificationRows(List<Notification> notifications, long[] ids) {
        return rows -> {
            for (int i = 0; i < notifications.size(); i++) {
                notificationRow(rows, ids[i], notifications.get(i));
            }
        };
    }

    private static RowSource messageRows(List<OutboxMessage> messages, long[] ids) {
        return rows -> {
            for (int i = 0; i < messages.size(); i++) {
                messageRow(rows, ids[i], messages.get(i));
            }
        };
    }

    private static void notificationRow(Rows rows, long id, Notification notification) throws SQLException {
        rows.number(id).number(notification.recipientId()).text(notification.kind().name())
                .number(notification.bookingId().orElse(null)).text(notification.text())
                .time(notification.createdAt()).time(notification.readAt().orElse(null))
                .end();
    }

    private static void messageRow(Rows rows, long id, OutboxMessage message) throws SQLException {
        rows.number(id).text(message.kind().name()).number(message.bookingId().orElse(null))
                .number(message.recipientId().orElse(null)).text(message.recipientEmail())
                .text(message.recipientName()).text(message.subject()).text(message.textBody())
                .text(message.htmlBody()).text(message.invite().map(CalendarInvite::text).orElse(null))
                .text(message.invite().map(invite -> invite.method().name()).orElse(null))
                .text(message.messageId()).text(message.status().name()).number(message.attempts())
                .time(message.nextAttemptAt()).text(message.lastError().orElse(null)).time(message.createdAt())
                .time(message.sentAt().orElse(null)).number(1)
                .end();
    }

    /**
     * {@code count} new ids of the entity, drawn as EclipseLink draws them when it persists one: from the blocks of
     * the entity's sequence it has taken already, so most calls (a booking's two or three notices) reach no database.
     */
    private long[] ids(Class<?> entity, int count) {
        Session session = entityManager.unwrap(Session.class);
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ((Number) session.getNextSequenceNumberValue(entity)).longValue();
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
