package com.buildappswith.booking.shared.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseProbeTest {

    /** Moves by the given step each time it is read: the probe reads it before and after each check. */
    private long now;

    private long clock(long stepMillis) {
        now += TimeUnit.MILLISECONDS.toNanos(stepMillis);
        return now;
    }

    private static JdbcDataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:probe;DB_CLOSE_DELAY=-1");
        return h2;
    }

    @FunctionalInterface
    private interface Validation {
        boolean isValid() throws SQLException;
    }

    /** A pool's connection whose validation goes as given: the database's state is all the probe learns from it. */
    private static Connection validating(Validation validation) {
        return (Connection) Proxy.newProxyInstance(DatabaseProbeTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "isValid" -> validation.isValid();
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aDatabaseThatAnswersIsUsable() {
        DatabaseStatus status = new DatabaseProbe(h2()::getConnection, 3, () -> clock(5)).probe();

        assertThat(status.usable()).isTrue();
    }

    @Test
    void aRefusedConnectionIsNamedWithTheTimeTheRefusalTook() {
        DatabaseStatus status = new DatabaseProbe(() -> {
            throw new SQLException("Cannot connect to BOOKING_DB_URL=jdbc:postgresql://db:5432/booking: FATAL: the "
                    + "database system is starting up", "57P03");
        }, 3, () -> clock(10)).probe();

        assertThat(status.problem()).contains("no connection (refused after 10 ms): Cannot connect to "
                + "BOOKING_DB_URL=jdbc:postgresql://db:5432/booking: FATAL: the database system is starting up");
    }

    @Test
    void aValidationThatFailsAtOnceDoesNotSayTheDatabaseTookTooLong() {
        DatabaseStatus status = new DatabaseProbe(() -> validating(() -> false), 3, () -> clock(10)).probe();

        assertThat(status.problem()).contains("the connection failed its validation after 10 ms (dropped by the database)");
    }

    @Test
    void aValidationThatRanOutOfTimeSaysSo() {
        DatabaseStatus status = new DatabaseProbe(() -> validating(() -> false), 3, () -> clock(3_000)).probe();

        assertThat(status.problem()).contains("the database did not answer a validation within 3 s");
    }

    @Test
    void aValidationThatThrowsGivesItsReasonAndTime() {
        DatabaseStatus status = new DatabaseProbe(() -> validating(() -> {
            throw new SQLException("Cannot connect to BOOKING_DB_URL=jdbc:postgresql://db:5432/booking: Connection "
                    + "refused", "08001");
        }), 3, () -> clock(7)).probe();

        assertThat(status.problem()).contains("the connection's validation failed after 7 ms: Cannot connect to "
                + "BOOKING_DB_URL=jdbc:postgresql://db:5432/booking: Connection refused");
    }

    @Test
    void theSameFailureReadsTheSameWhateverItTook() {
        assertThat(DatabaseProbe.withoutTimings("no connection (refused after 12 ms): Connection refused"))
                .isEqualTo(DatabaseProbe.withoutTimings("no connection (refused after 3 ms): Connection refused"))
                .isEqualTo("no connection (refused): Connection refused");
    }
}
