package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.WeeklyAvailability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The versions of public answers (migration V10_1, raised in order by V10_2) as PostgreSQL keeps them: each
 * transaction raises each builder's version once, however many of their rows it changed, and takes the versions' row
 * locks in the order of the builders' ids, so two transactions that change the same builders' rows in opposite orders
 * (an import beside the deadlines job) wait for each other instead of deadlocking. PostgreSQL only: H2 keeps no
 * versions, and the test is skipped there.
 */
class PublicAnswerVersionsOrderTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private long first;
    private long second;

    @BeforeEach
    void seed() {
        assumeTrue(DATABASE.isPostgreSql(), "the versions of public answers are kept on PostgreSQL only");
        first = builder();
        second = builder();
        assertThat(first).isLessThan(second);
    }

    @Test
    void transactionsChangingTwoBuildersInOppositeOrdersBothCommit() throws Exception {
        Versions firstBefore = versions(first);
        Versions secondBefore = versions(second);
        try (Connection holder = transaction();
             Connection forwards = transaction();
             Connection backwards = transaction()) {
            lockVersionRow(holder, first);
            touchSessionTypes(forwards, first);
            touchSessionTypes(forwards, second);
            touchHours(backwards, second);
            touchHours(backwards, first);

            // The holder's lock queues the forwards commit, then the backwards one, at the first builder's version;
            // before V10_2 the backwards commit held the second builder's by then, and releasing the holder's lock
            // closed the circle.
            CompletableFuture<Void> forwardsCommit = CompletableFuture.runAsync(() -> commit(forwards));
            awaitWaitingForALock(backendPid(forwards));
            CompletableFuture<Void> backwardsCommit = CompletableFuture.runAsync(() -> commit(backwards));
            awaitWaitingForALock(backendPid(backwards));
            holder.rollback();

            forwardsCommit.get(30, TimeUnit.SECONDS);
            backwardsCommit.get(30, TimeUnit.SECONDS);
        }

        assertThat(versions(first)).isEqualTo(firstBefore.plus(1, 2));
        assertThat(versions(second)).isEqualTo(secondBefore.plus(1, 2));
    }

    @Test
    void aTransactionRaisesEachBuildersVersionOnceAndTheirPagesOnlyForWhatTheyShow() throws Exception {
        Versions firstBefore = versions(first);
        Versions secondBefore = versions(second);
        try (Connection connection = transaction()) {
            touchHours(connection, first);
            touchHours(connection, first);
            touchSessionTypes(connection, second);
            touchHours(connection, second);
            connection.commit();
        }

        assertThat(versions(first)).isEqualTo(firstBefore.plus(0, 1));
        assertThat(versions(second)).isEqualTo(secondBefore.plus(1, 1));
    }

    @Test
    void changesRolledBackToASavepointRaiseNothing() throws Exception {
        Versions firstBefore = versions(first);
        Versions secondBefore = versions(second);
        try (Connection connection = transaction()) {
            touchHours(connection, first);
            Savepoint savepoint = connection.setSavepoint();
            touchSessionTypes(connection, second);
            connection.rollback(savepoint);
            connection.commit();
        }

        assertThat(versions(first)).isEqualTo(firstBefore.plus(0, 1));
        assertThat(versions(second)).isEqualTo(secondBefore);
    }

    private record Versions(long pages, long slots) {
        Versions plus(long morePages, long moreSlots) {
            return new Versions(pages + morePages, slots + moreSlots);
        }
    }

    private long builder() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return DATABASE.inTransaction(entityManager -> {
            Account account = new Account("builder-" + run + "@example.com", "Builder " + run, LONDON,
                    Instant.parse("2026-11-01T00:00:00Z"));
            account.grant(Role.BUILDER);
            entityManager.persist(account);
            BuilderProfile builder = new BuilderProfile(account, "Builds", "Bio", List.of("java"), LONDON);
            entityManager.persist(builder);
            entityManager.persist(new SessionType(builder, "Review", "One to one", Duration.ofHours(1), null));
            entityManager.persist(new WeeklyAvailability(builder, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                    LocalTime.of(12, 0)));
            entityManager.flush();
            return builder.id();
        });
    }

    private static Connection transaction() throws SQLException {
        Connection connection = DATABASE.connection();
        connection.setAutoCommit(false);
        try (Statement settings = connection.createStatement()) {
            settings.execute("SET lock_timeout = '20s'");
        }
        return connection;
    }

    private static void lockVersionRow(Connection connection, long builder) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT 1 FROM public_answer_version WHERE builder_id = ? FOR UPDATE")) {
            lock.setLong(1, builder);
            try (ResultSet row = lock.executeQuery()) {
                assertThat(row.next()).as("builder %d has a version row", builder).isTrue();
            }
        }
    }

    private static void touchSessionTypes(Connection connection, long builder) throws SQLException {
        update(connection, "UPDATE session_type SET description = description WHERE builder_id = ?", builder);
    }

    private static void touchHours(Connection connection, long builder) throws SQLException {
        update(connection, "UPDATE weekly_availability SET start_time = start_time WHERE builder_id = ?", builder);
    }

    private static void update(Connection connection, String sql, long builder) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, builder);
            assertThat(update.executeUpdate()).isPositive();
        }
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("The commit failed: " + e.getMessage() + " (" + e.getSQLState() + ")", e);
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getBackendPID();
    }

    /** Until the backend waits for a lock (a commit, in a trigger). */
    private static void awaitWaitingForALock(int pid) throws Exception {
        try (Connection observer = DATABASE.connection();
             PreparedStatement query = observer.prepareStatement(
                     "SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?")) {
            query.setInt(1, pid);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                try (ResultSet row = query.executeQuery()) {
                    if (row.next() && "Lock".equals(row.getString(1))) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("backend " + pid + " never waited for a lock");
    }

    private Versions versions(long builder) throws SQLException {
        try (Connection connection = DATABASE.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT pages, slots FROM public_answer_version WHERE builder_id = ?")) {
            query.setLong(1, builder);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Versions(row.getLong(1), row.getLong(2)) : new Versions(0, 0);
            }
        }
    }
}
