package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.scheduling.application.TestDatabase;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's persistence unit does not retry a read that lost its connection (EclipseLink's default: 3). */
class FailFastOnLostConnectionsTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Test
    void theUnitGivesUpOnALostConnectionAtOnce() {
        int retries = DATABASE.inTransaction(entityManager -> ((DatabaseLogin) entityManager
                .unwrap(JpaEntityManager.class).getDatabaseSession().getDatasourceLogin())
                .getQueryRetryAttemptCount());

        assertThat(retries).isZero();
    }
}
