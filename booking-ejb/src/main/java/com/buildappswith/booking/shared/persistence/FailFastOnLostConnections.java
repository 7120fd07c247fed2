package com.buildappswith.booking.shared.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that lost its connection three times, five seconds apart, by default: while the
 * database is down every request would hang some fifteen seconds before its 503. Retrying on the pool's connection
 * gains nothing either, as {@link ReconnectingConnection} replaces a dropped connection at the next transaction's start.
 */
public class FailFastOnLostConnections implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
