package com.buildappswith.booking.web.security;

import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import com.buildappswith.booking.shared.persistence.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseRefusalTest {

    @Test
    void aLockNotGrantedInTimeIsABusyDatabaseNotAnOutage() {
        RuntimeException lockTimeout = new IllegalStateException("sign-in",
                new SQLException("canceling statement due to lock timeout", "55P03"));

        assertThat(DatabaseRefusal.of(lockTimeout)).hasValueSatisfying(refusal -> {
            assertThat(refusal.message()).isEqualTo(DatabaseFailure.BUSY.message());
            assertThat(refusal.outage()).isEmpty();
        });
    }

    @Test
    void aLostConnectionIsAnOutageWithItsReasonForTheLog() {
        RuntimeException lost = new IllegalStateException("sign-in",
                new SQLException("the database system is shutting down", "57P03"));

        assertThat(DatabaseRefusal.of(lost)).hasValueSatisfying(refusal -> {
            assertThat(refusal.message()).isEqualTo(DatabaseUnavailableException.MESSAGE);
            assertThat(refusal.outage()).hasValueSatisfying(reason -> assertThat(reason).contains("shutting down"));
        });
    }

    @Test
    void otherFailuresAreNotTheDatabasesToAnswerFor() {
        assertThat(DatabaseRefusal.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseRefusal.of(new IllegalStateException("taken",
                new SQLException("duplicate key", "23505")))).isEmpty();
    }
}
