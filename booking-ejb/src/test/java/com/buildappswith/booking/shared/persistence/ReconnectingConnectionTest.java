package com.buildappswith.booking.shared.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.PGConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The application's datasource on a real PostgreSQL server of the test's own, whose connections are used as the
 * servers' pools use them (one connection, transaction after transaction), while the database ends them: a backend
 * terminated by {@code pg_terminate_backend}, and the server stopped and started again.
 */
class ReconnectingConnectionTest {

    private static PrivatePostgres server;
    private static ConfiguredDataSource dataSource;

    /** How each server's pool begins and ends a transaction on its connection. */
    enum Pool {
        /** Payara: {@code setAutoCommit(false)} at every begin. */
        PAYARA,
        /**
         * WildFly (IronJacamar): counts auto-commit as off once it asked, even if asking failed, and begins without
         * asking while it believes it off (a transaction getting its connection again after a failed begin).
         */
        WILDFLY
    }

    /** What WildFly's pool believes of each connection's auto-commit mode. */
    private static final Map<Connection, Boolean> WILDFLY_BELIEVES_AUTO_COMMIT = new IdentityHashMap<>();

    @FunctionalInterface
    interface Work {
        void on(Connection connection) throws Exception;

        default Work then(Work next) {
            return connection -> {
                on(connection);
                next.on(connection);
            };
        }
    }

    @BeforeAll
    static void startServer() throws Exception {
        Optional<Path> binaries = PrivatePostgres.binaries();
        assumeTrue(binaries.isPresent(), "No PostgreSQL installed (no initdb and pg_ctl under /usr/lib/postgresql/*/bin):"
                + " these tests stop and start a PostgreSQL server of their own");
        server = PrivatePostgres.start(binaries.get());
        try (Connection admin = admin("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE reconnect");
        }
        try (Connection admin = admin("reconnect"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE TABLE note (id int PRIMARY KEY)");
        }
        dataSource = new ConfiguredDataSource(new DatabaseTarget(DatabaseTarget.Kind.POSTGRESQL,
                server.url("reconnect"), Optional.of("postgres"), Optional.empty(), true));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void noNotes() throws SQLException {
        try (Connection admin = admin("reconnect"); Statement statement = admin.createStatement()) {
            statement.execute("TRUNCATE note");
        }
    }

    @ParameterizedTest
    @EnumSource(Pool.class)
    void aConnectionWhoseBackendWasTerminatedWhileIdleIsReplacedBeforeTheNextTransaction(Pool pool) throws Exception {
        try (Connection pooled = dataSource.getConnection()) {
            transaction(pool, pooled, note(1));
            int backend = backendOf(pool, pooled);

            terminate(backend);
            Thread.sleep(1_100);
            transaction(pool, pooled, note(2));

            assertThat(notes()).containsExactly(1, 2);
            assertThat(backendOf(pool, pooled)).isNotEqualTo(backend);
        }
    }

    @ParameterizedTest
    @EnumSource(Pool.class)
    void aConnectionLostInsideATransactionFailsThatTransactionWritingNothingAndTheNextOneWorks(Pool pool)
            throws Exception {
        try (Connection pooled = dataSource.getConnection()) {
            transaction(pool, pooled, note(1));

            SQLException lost = catchThrowableOfType(() -> transaction(pool, pooled, connection -> {
                note(2).on(connection);
                terminate(backendInTransaction(connection));
                // Never a new connection in the middle: this statement would commit on its own, without note 2.
                note(3).on(connection);
            }), SQLException.class);
            assertThat(DatabaseFailure.of(lost)).contains(DatabaseFailure.UNAVAILABLE);

            transaction(pool, pooled, note(4));
            assertThat(notes()).containsExactly(1, 4);
        }
    }

    @ParameterizedTest
    @EnumSource(Pool.class)
    void aConnectionRecoversWhenTheDatabaseStopsAndStartsAgain(Pool pool) throws Exception {
        try (Connection pooled = dataSource.getConnection()) {
            transaction(pool, pooled, note(1));

            server.stop();
            try {
                SQLException dropped = catchThrowableOfType(() -> transaction(pool, pooled, note(2)),
                        SQLException.class);
                SQLException refused = catchThrowableOfType(() -> transaction(pool, pooled, note(3)),
                        SQLException.class);
                SQLException health = catchThrowableOfType(() -> pooled.isValid(2), SQLException.class);

                assertThat(DatabaseFailure.of(dropped)).contains(DatabaseFailure.UNAVAILABLE);
                assertThat(DatabaseFailure.of(refused)).contains(DatabaseFailure.UNAVAILABLE);
                assertThat(ConfiguredDataSource.reasonFor(refused)).startsWith("Cannot connect to BOOKING_DB_URL=");
                assertThat(health.getMessage()).startsWith("Cannot connect to BOOKING_DB_URL=");
            } finally {
                server.start();
            }

            SQLException duplicate = catchThrowableOfType(() -> transaction(pool, pooled, note(4).then(note(4))),
                    SQLException.class);
            transaction(pool, pooled, note(5));

            assertThat(DatabaseFailure.of(duplicate)).contains(DatabaseFailure.TAKEN);
            assertThat(pooled.isValid(2)).isTrue();
            assertThat(notes()).as("a transaction after the outage is still one: all or nothing").containsExactly(1, 5);
        }
    }

    @Test
    void aBeginWithoutADatabaseSucceedsAndEveryStatementOfItsTransactionFailsWithTheReason() throws Exception {
        try (Connection pooled = dataSource.getConnection()) {
            transaction(Pool.PAYARA, pooled, note(1));

            server.stop();
            SQLException first;
            SQLException later;
            try {
                Thread.sleep(1_100);
                assertThatCode(() -> pooled.setAutoCommit(false)).doesNotThrowAnyException();
                first = catchThrowableOfType(() -> note(2).on(pooled), SQLException.class);
            } finally {
                server.start();
            }
            later = catchThrowableOfType(() -> note(3).on(pooled), SQLException.class);
            SQLException commit = catchThrowableOfType(pooled::commit, SQLException.class);
            pooled.rollback();
            pooled.setAutoCommit(true);

            assertThat(ConfiguredDataSource.reasonFor(first)).startsWith("Cannot connect to BOOKING_DB_URL=");
            assertThat(DatabaseFailure.of(first)).contains(DatabaseFailure.UNAVAILABLE);
            assertThat((Throwable) later).as("no new connection in the middle of the transaction").isSameAs(first);
            assertThat((Throwable) commit).isSameAs(first);
            transaction(Pool.PAYARA, pooled, note(4));
            assertThat(notes()).containsExactly(1, 4);
        }
    }

    @Test
    void aTransactionWithoutStatementsCommitsWithoutADatabase() throws Exception {
        try (Connection pooled = dataSource.getConnection()) {
            transaction(Pool.PAYARA, pooled, note(1));

            server.stop();
            try {
                Thread.sleep(1_100);
                assertThatCode(() -> transaction(Pool.PAYARA, pooled, connection -> { }))
                        .doesNotThrowAnyException();
            } finally {
                server.start();
            }

            transaction(Pool.PAYARA, pooled, note(2));
            assertThat(notes()).containsExactly(1, 2);
        }
    }

    /** Payara puts back the client info it found when it handed the connection out, as the connection returns. */
    @Test
    void theClientInfoOfAConnectionTheDriverClosedIsPutBackWithoutFailing() throws Exception {
        try (Connection pooled = dataSource.getConnection()) {
            Properties handedOut = pooled.getClientInfo();
            Connection driver = (Connection) pooled.unwrap(PGConnection.class);

            catchThrowableOfType(() -> transaction(Pool.PAYARA, pooled, connection -> {
                terminate(backendInTransaction(connection));
                note(1).on(connection);
            }), SQLException.class);
            assertThat(driver.isClosed()).isTrue();

            assertThatCode(() -> pooled.setClientInfo(handedOut)).doesNotThrowAnyException();
            transaction(Pool.PAYARA, pooled, note(2));
            assertThat(notes()).containsExactly(2);
        }
    }

    @Test
    void healthFindsAConnectionTheDatabaseDroppedUsableAgainOnceReplaced() throws Exception {
        try (Connection pooled = dataSource.getConnection()) {
            int backend = backendOf(Pool.PAYARA, pooled);

            terminate(backend);

            assertThat(pooled.isValid(2)).isTrue();
            assertThat(backendOf(Pool.PAYARA, pooled)).isNotEqualTo(backend);
        }
    }

    @Test
    void unwrapsToTheDriversConnectionAndIsItsOwnConnection() throws Exception {
        try (Connection pooled = dataSource.getConnection()) {
            assertThat(pooled.isWrapperFor(PGConnection.class)).isTrue();
            assertThat(pooled.unwrap(PGConnection.class)).isInstanceOf(PGConnection.class);
            assertThat(pooled.unwrap(Connection.class)).isSameAs(pooled);
            assertThat(pooled.isWrapperFor(Connection.class)).isTrue();
            assertThat(pooled).isEqualTo(pooled).isNotEqualTo(dataSource.getConnection());
            assertThat(pooled.isClosed()).isFalse();
        }
    }

    @Test
    void aConnectionClosedByThePoolStaysClosed() throws Exception {
        Connection pooled = dataSource.getConnection();
        PGConnection driver = pooled.unwrap(PGConnection.class);

        pooled.close();

        assertThat(pooled.isClosed()).isTrue();
        assertThat(((Connection) driver).isClosed()).isTrue();
        assertThatCode(pooled::close).doesNotThrowAnyException();
    }

    /** One transaction as the pool runs it: begin, the work, commit; on failure a rollback, which must not throw. */
    private static void transaction(Pool pool, Connection connection, Work work) throws Exception {
        if (pool == Pool.PAYARA) {
            connection.setAutoCommit(false);
        } else if (WILDFLY_BELIEVES_AUTO_COMMIT.getOrDefault(connection, true)) {
            // IronJacamar's begin: when this fails, the connection stays with the transaction, which may ask again.
            WILDFLY_BELIEVES_AUTO_COMMIT.put(connection, false);
            connection.setAutoCommit(false);
        }
        try {
            work.on(connection);
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            backToThePool(pool, connection);
            throw e;
        }
        backToThePool(pool, connection);
    }

    /** Both pools put a connection back in auto-commit mode when the transaction is over. */
    private static void backToThePool(Pool pool, Connection connection) {
        try {
            connection.setAutoCommit(true);
            WILDFLY_BELIEVES_AUTO_COMMIT.put(connection, true);
        } catch (SQLException e) {
            // Payara's rollback fails then, WildFly logs it and keeps believing the mode unchanged.
            if (pool == Pool.PAYARA) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Work note(int id) {
        return connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO note (id) VALUES (?)")) {
                insert.setInt(1, id);
                insert.executeUpdate();
            }
        };
    }

    private static List<Integer> notes() throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Connection admin = admin("reconnect"); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM note ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }

    /** The server process behind a connection, asked in a transaction of its own. */
    private static int backendOf(Pool pool, Connection connection) throws Exception {
        int[] backend = new int[1];
        transaction(pool, connection, c -> backend[0] = backendInTransaction(c));
        return backend[0];
    }

    private static int backendInTransaction(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Ends a backend as an administrator would, and waits until it is gone. */
    private static void terminate(int backend) throws SQLException, InterruptedException {
        try (Connection admin = admin("postgres");
             PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)");
             PreparedStatement alive = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
            kill.setInt(1, backend);
            kill.execute();
            alive.setInt(1, backend);
            for (int i = 0; i < 100; i++) {
                try (ResultSet count = alive.executeQuery()) {
                    count.next();
                    if (count.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("backend " + backend + " still running");
        }
    }

    private static Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(server.url(database), "postgres", "");
    }
}
