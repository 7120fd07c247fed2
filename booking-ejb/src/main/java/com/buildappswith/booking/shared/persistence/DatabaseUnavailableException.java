package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The application needs its database but cannot use it yet: not reachable, or its schema not migrated. Callers
 * answer 503 with the message, as health does.
 */
public class DatabaseUnavailableException extends DomainException {

    public DatabaseUnavailableException(String reason) {
        super(ProblemType.UNAVAILABLE, "The database is not available: " + reason);
    }

    public DatabaseUnavailableException(String reason, Throwable cause) {
        super(ProblemType.UNAVAILABLE, "The database is not available: " + reason, cause);
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
