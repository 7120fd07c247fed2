package com.buildappswith.booking.shared.persistence;

import jakarta.ejb.ApplicationException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The application needs its database but cannot use it yet: not reachable, or its schema not migrated. Callers
 * answer 503 with the message, as health does. An application exception, so that EJBs hand it on as it is (and roll
 * back) instead of wrapping it into an EJBException.
 */
@ApplicationException(rollback = true)
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String reason) {
        super("The database is not available: " + reason);
    }

    public DatabaseUnavailableException(String reason, Throwable cause) {
        super("The database is not available: " + reason, cause);
    }

    /**
     * The unavailable database behind a failure, however many layers (JPA, Faces, EL, CDI, servlets) wrapped it:
     * this exception, or a lost or refused connection (SQLState class 08, "connection exception") when the database
     * goes away after the application started using it.
     */
    public static Optional<DatabaseUnavailableException> behind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseUnavailableException unavailable) {
                return Optional.of(unavailable);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return Optional.of(new DatabaseUnavailableException(ConfiguredDataSource.reasonFor(sql), failure));
            }
        }
        return Optional.empty();
    }
}
