package com.buildappswith.booking.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The test server's PostgreSQL database as the mail tests read it beside the API: the outbox's rows, the once-per-start
 * notices and the jobs' leases and runs. The build's environment names it ({@code BOOKING_DB_URL}, as CI sets it);
 * with the embedded H2, which the server's JVM alone may open, the tests that need it are skipped.
 */
final class OutboxDatabase {

    private final String url;
    private final String user;
    private final String password;

    private OutboxDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The database, or the test is skipped when the server runs on its embedded H2. */
    static OutboxDatabase required() {
        String url = setting("BOOKING_DB_URL", "booking.db.url").orElse("");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "the test server's database is PostgreSQL (BOOKING_DB_URL)");
        return new OutboxDatabase(url, setting("BOOKING_DB_USER", "booking.db.user").orElse(""),
                setting("BOOKING_DB_PASSWORD", "booking.db.password").orElse(""));
    }

    private static Optional<String> setting(String variable, String property) {
        return Optional.ofNullable(System.getenv(variable)).or(() -> Optional.ofNullable(System.getProperty(property)))
                .filter(value -> !value.isBlank());
    }

    /** A row of {@code outbox_message}. */
    record Row(long id, String kind, String recipient, String status, int attempts, String lastError,
               String messageId, Instant sentAt) {
    }

    /** The outbox's messages about a booking, oldest first. */
    List<Row> outboxOf(long bookingId) {
        return query("""
                SELECT id, kind, recipient_email, status, attempts, last_error, message_id, sent_at
                FROM outbox_message WHERE booking_id = ? ORDER BY id""", bookingId, rows -> {
            List<Row> found = new ArrayList<>();
            while (rows.next()) {
                Timestamp sent = rows.getTimestamp(8);
                found.add(new Row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getInt(5), rows.getString(6), rows.getString(7), sent == null ? null : sent.toInstant()));
            }
            return found;
        });
    }

    /** The kinds of the once-per-start notices written for a booking. */
    List<String> noticesOf(long bookingId) {
        return query("SELECT kind FROM booking_notice WHERE booking_id = ? ORDER BY kind", bookingId, rows -> {
            List<String> kinds = new ArrayList<>();
            while (rows.next()) {
                kinds.add(rows.getString(1));
            }
            return kinds;
        });
    }

    /** When the once-per-start notices of a booking were written. */
    List<Instant> noticesWrittenAt(long bookingId) {
        return query("SELECT written_at FROM booking_notice WHERE booking_id = ? ORDER BY written_at", bookingId,
                rows -> {
                    List<Instant> written = new ArrayList<>();
                    while (rows.next()) {
                        written.add(rows.getTimestamp(1).toInstant());
                    }
                    return written;
                });
    }

    /** A row of {@code job_run}; {@code endedAt} is null while it runs. */
    record Run(String status, String startedBy, Instant startedAt, Instant endedAt, int written) {
    }

    /** The job run of that id, which must exist. */
    Run run(long id) {
        return query("SELECT status, started_by, started_at, ended_at, written_count FROM job_run WHERE id = ?", id,
                rows -> {
                    if (!rows.next()) {
                        throw new AssertionError("No job run " + id);
                    }
                    Timestamp ended = rows.getTimestamp(4);
                    return new Run(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                            ended == null ? null : ended.toInstant(), rows.getInt(5));
                });
    }

    /**
     * Takes a job's lease for {@code holder} as another node would, waiting for a run that holds it to end: while the
     * test holds it, the server's timer ticks leave the job alone.
     */
    void takeLease(String job, String holder, Duration length) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (update("""
                UPDATE job_lease SET owner = ?, until = now() + make_interval(secs => ?)
                WHERE job_name = ? AND (owner IS NULL OR until < now())""", holder, length.toSeconds(), job) == 0) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The " + job + " job's lease stayed taken for a minute");
            }
            Thread.sleep(200);
        }
    }

    void releaseLease(String job, String holder) {
        update("UPDATE job_lease SET owner = NULL, until = NULL WHERE job_name = ? AND owner = ?", job, holder);
    }

    private interface Reading<T> {
        T from(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Object parameter, Reading<T> reading) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return reading.from(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the test server's database: " + sql, e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the test server's database: " + sql, e);
        }
    }
}
