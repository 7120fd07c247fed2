package com.buildappswith.booking.shared.persistence;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableExceptionTest {

    @Test
    void findsItselfUnderAnyWrapping() {
        DatabaseUnavailableException unavailable = new DatabaseUnavailableException("not migrated yet");

        assertThat(DatabaseUnavailableException.behind(new RuntimeException(new IllegalStateException(unavailable))))
                .containsSame(unavailable);
    }

    @Test
    void aLostConnectionMeansTheDatabaseIsUnavailable() {
        SQLException lost = new SQLException("Cannot connect to BOOKING_DB_URL=jdbc:postgresql://db/booking as "
                + "BOOKING_DB_USER=booking: Connection refused", "08001");

        assertThat(DatabaseUnavailableException.behind(new PersistenceException(new RuntimeException(lost))))
                .hasValueSatisfying(unavailable -> {
                    assertThat(unavailable.reason()).isEqualTo(lost.getMessage());
                    assertThat(unavailable.getMessage()).isEqualTo(DatabaseUnavailableException.MESSAGE)
                            .doesNotContain("BOOKING_DB", "jdbc:", "refused");
                });
    }

    /** WildFly's shape when the database went away at the commit: the driver's failure is only suppressed. */
    @Test
    void aCommitThatFailedWithTheConnectionMeansTheDatabaseIsUnavailable() {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command",
                "57P01");
        Exception commit = new Exception("Could not commit local transaction", new RuntimeException(terminated));
        Exception rolledBack = new Exception("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(commit);

        assertThat(DatabaseUnavailableException.behind(new RuntimeException(rolledBack))).isPresent();
        assertThat(DatabaseFailure.of(new RuntimeException(rolledBack))).contains(DatabaseFailure.UNAVAILABLE);
    }

    /** Payara's shape when the outage stage enlisted a connection its pool had marked unusable. */
    @Test
    void aConnectionThePoolCouldNotAllocateMeansTheDatabaseIsUnavailable() {
        Exception allocation = new jakarta.resource.spi.ResourceAllocationException("Error in allocating a connection."
                + " Cause: This Managed Connection is not valid as the physical connection is not usable");

        assertThat(DatabaseUnavailableException.behind(new PersistenceException(new SQLException(allocation))))
                .isPresent();
    }

    @Test
    void otherDatabaseErrorsAreNotAboutAvailability() {
        SQLException uniqueViolation = new SQLException("duplicate key", "23505");

        assertThat(DatabaseUnavailableException.behind(new PersistenceException(uniqueViolation))).isEmpty();
        assertThat(DatabaseUnavailableException.behind(new IllegalStateException("bug"))).isEmpty();
    }
}
