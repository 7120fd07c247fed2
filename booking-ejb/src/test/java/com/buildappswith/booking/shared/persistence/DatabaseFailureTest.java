package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.shared.ProblemType;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.SystemException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import javax.transaction.xa.XAException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One classifier for every refusal of the database, over the exceptions the two databases really raise: H2's own,
 * produced here by an in-memory database, and PostgreSQL's driver exception with the SQLStates PostgreSQL documents,
 * each wrapped as EclipseLink, JPA and the EJB container wrap them. (The database test
 * {@code DatabaseFailuresTest} produces them through the application's persistence unit on both databases.)
 */
class DatabaseFailureTest {

    private Connection first;
    private Connection second;

    @BeforeEach
    void open() throws SQLException {
        String url = "jdbc:h2:mem:failures" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        first = DriverManager.getConnection(url, "sa", "");
        second = DriverManager.getConnection(url, "sa", "");
        try (Statement statement = first.createStatement()) {
            statement.execute("create table seat (id int primary key, capacity int constraint seat_capacity_positive "
                    + "check (capacity > 0))");
            statement.execute("insert into seat values (1, 1)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement statement = first.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // the database is gone either way
        }
        second.close();
        first.close();
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "PostgreSQL unique,            23505, TAKEN",
            "PostgreSQL exclusion,         23P01, TAKEN",
            "PostgreSQL check,             23514, BROKEN_RULE",
            "PostgreSQL not null,          23502, BROKEN_RULE",
            "PostgreSQL foreign key,       23503, BROKEN_RULE",
            "PostgreSQL value too long,    22001, BROKEN_RULE",
            "PostgreSQL lock not available,55P03, BUSY",
            "PostgreSQL deadlock,          40P01, BUSY",
            "PostgreSQL serialization,     40001, BUSY",
            "PostgreSQL statement timeout, 57014, BUSY",
            "PostgreSQL connection lost,   08006, UNAVAILABLE",
            "PostgreSQL backend ended,     57P01, UNAVAILABLE",
            "PostgreSQL crashed,           57P02, UNAVAILABLE",
            "PostgreSQL starting up,       57P03, UNAVAILABLE",
            "H2 check,                     23513, BROKEN_RULE",
            "H2 parent missing,            23506, BROKEN_RULE",
            "H2 lock timeout,              HYT00, BUSY",
            "H2 concurrent update,         90131, CHANGED",
            "H2 connection refused,        08001, UNAVAILABLE"})
    void namesTheKindOfEachSqlState(String what, String state, DatabaseFailure kind) {
        assertThat(DatabaseFailure.ofSqlState(state)).contains(kind);
    }

    @Test
    void aSyntaxErrorOrAnUnknownFailureIsNoneOfThem() {
        assertThat(DatabaseFailure.ofSqlState("42601")).isEmpty();
        assertThat(DatabaseFailure.of(new IllegalStateException("bug"))).isEmpty();
        assertThat(DatabaseFailure.behind(new PersistenceException(new SQLException("odd", "XX000")))).isEmpty();
    }

    @Test
    void h2sDuplicateKeyIsTakenAndItsCheckABrokenRule() {
        SQLException duplicate = failureOf(first, "insert into seat values (1, 2)");
        SQLException check = failureOf(first, "insert into seat values (2, 0)");

        assertThat(DatabaseFailure.of(asEclipseLinkRaisesIt(duplicate))).contains(DatabaseFailure.TAKEN);
        assertThat(DatabaseFailure.of(asEclipseLinkRaisesIt(check))).contains(DatabaseFailure.BROKEN_RULE);
        assertThat(DatabaseFailure.behind(asEclipseLinkRaisesIt(check)))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.type()).isEqualTo(ProblemType.NOT_ALLOWED);
                    assertThat(refusal.getMessage()).doesNotContain("SEAT", "23513");
                });
    }

    @Test
    void h2sLockTimeoutIsBusyNotAnInternalError() throws SQLException {
        first.setAutoCommit(false);
        try (Statement statement = first.createStatement()) {
            statement.executeQuery("select * from seat where id = 1 for update").close();
        }
        try (Statement statement = second.createStatement()) {
            statement.execute("SET LOCK_TIMEOUT 100");
        }

        SQLException timeout = failureOf(second, "select * from seat where id = 1 for update");
        first.rollback();

        assertThat(timeout.getSQLState()).isEqualTo("HYT00");
        assertThat(DatabaseFailure.behind(new EJBException(asEclipseLinkRaisesIt(timeout))))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.type()).isEqualTo(ProblemType.UNAVAILABLE);
                    assertThat(refusal.getMessage()).isEqualTo(DatabaseFailure.BUSY.message());
                });
    }

    @Test
    void postgreSqlsExclusionConflictIsTakenAndItsLockTimeoutBusy() {
        PSQLException exclusion = postgreSql("23P01",
                "conflicting key value violates exclusion constraint \"booking_other_starts_no_overlap\"");
        PSQLException lockTimeout = postgreSql("55P03", "canceling statement due to lock timeout");

        assertThat(DatabaseFailure.of(asEclipseLinkRaisesIt(exclusion))).contains(DatabaseFailure.TAKEN);
        assertThat(DatabaseFailure.of(new EJBTransactionRolledbackException("rolled back",
                asEclipseLinkRaisesIt(lockTimeout)))).contains(DatabaseFailure.BUSY);
    }

    @Test
    void anOptimisticLockFailureAtCommitIsAChangeBySomeoneElse() {
        RollbackException atCommit = new RollbackException(new OptimisticLockException("row changed"));

        assertThat(DatabaseFailure.of(new EJBTransactionRolledbackException("rolled back", atCommit)))
                .contains(DatabaseFailure.CHANGED);
        assertThat(DatabaseFailure.behind(atCommit)).hasValueSatisfying(refusal -> {
            assertThat(refusal.type()).isEqualTo(ProblemType.CONFLICT);
            assertThat(refusal.getMessage()).isEqualTo(DatabaseFailure.CHANGED.message());
        });
    }

    @Test
    void aLostConnectionIsTheDatabaseBeingUnavailable() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        assertThat(DatabaseFailure.behind(asEclipseLinkRaisesIt(lost)))
                .hasValueSatisfying(refusal -> assertThat(refusal).isInstanceOf(DatabaseUnavailableException.class));
    }

    @Test
    void aCommitThatTheDatabaseEndedIsTheDatabaseBeingUnavailable() {
        XAException ended = new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating "
                + "connection due to administrator command");
        ended.errorCode = XAException.XAER_RMERR;
        SystemException commitFailed = new SystemException();
        commitFailed.initCause(ended);
        EJBException asPayaraRaisesIt = new EJBException("Unable to complete container-managed transaction.",
                commitFailed);

        assertThat(DatabaseFailure.of(asPayaraRaisesIt)).contains(DatabaseFailure.UNAVAILABLE);
        assertThat(DatabaseFailure.behind(asPayaraRaisesIt)).hasValueSatisfying(refusal -> assertThat(refusal)
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage(DatabaseUnavailableException.MESSAGE));
    }

    private static PersistenceException asEclipseLinkRaisesIt(SQLException cause) {
        return new PersistenceException(DatabaseException.sqlException(cause));
    }

    private static PSQLException postgreSql(String state, String message) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C" + state + "\0M" + message + "\0"));
    }

    private static SQLException failureOf(Connection connection, String sql) {
        return catchThrowableOfType(SQLException.class, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        });
    }
}
