package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * The application needs its database but cannot use it yet: not reachable, or its schema not migrated. Callers
 * answer 503 with the message, which says only that; the {@link #reason()} names the database, its host and user
 * and the driver's words, so it is for the log and for operators, never for a response.
 */
public class DatabaseUnavailableException extends DomainException {

    /** What every caller is told while the database cannot be used. */
    public static final String MESSAGE = "The service cannot use its database right now. Please try again shortly.";

    private static final Set<String> CONNECTION_ENDED_BY_SERVER = Set.of("57P01", "57P02", "57P03");
    /** The connector architecture's "no connection could be allocated", thrown by the server's pool. */
    private static final String NO_CONNECTION_FROM_THE_POOL = "jakarta.resource.spi.ResourceAllocationException";

    private final String reason;

    public DatabaseUnavailableException(String reason) {
        super(ProblemType.UNAVAILABLE, MESSAGE);
        this.reason = reason;
    }

    public DatabaseUnavailableException(String reason, Throwable cause) {
        super(ProblemType.UNAVAILABLE, MESSAGE, cause);
        this.reason = reason;
    }

    /** Why the database cannot be used, in words an operator can act on. */
    public String reason() {
        return reason;
    }

    /**
     * The unavailable database behind a failure, however many layers (JPA, Faces, EL, CDI, servlets) wrapped it:
     * this exception, or a lost or refused connection ({@link #isConnectionLost}) when the database goes away after
     * the application started using it.
     */
    public static Optional<DatabaseUnavailableException> behind(Throwable failure) {
        for (Throwable cause : FailureChain.of(failure)) {
            if (cause instanceof DatabaseUnavailableException unavailable) {
                return Optional.of(unavailable);
            }
            if (cause instanceof SQLException sql && isConnectionLost(sql.getSQLState())) {
                return Optional.of(new DatabaseUnavailableException(ConfiguredDataSource.reasonFor(sql), failure));
            }
            // Payara's pool, when a connection it had marked unusable is enlisted or one ended at the commit, says so
            // without the driver's state.
            if (NO_CONNECTION_FROM_THE_POOL.equals(cause.getClass().getName()) || isResourceManagerFailure(cause)) {
                return Optional.of(new DatabaseUnavailableException(cause.getMessage(), failure));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code cause} is the transaction's resource manager, the database (the only one the application
     * enlists), failing to commit or roll back: Payara's pool reports a connection that PostgreSQL ended at that moment
     * ("terminating connection due to administrator command") as an {@link XAException} that keeps only the words
     * of the driver's failure, not the failure with its SQLState.
     */
    static boolean isResourceManagerFailure(Throwable cause) {
        return cause instanceof XAException;
    }

    /**
     * Whether an SQLState says the connection was lost or refused: class 08, "connection exception", or PostgreSQL's
     * 57P01 (the server terminated the connection: a fast shutdown or {@code pg_terminate_backend}), 57P02 (it
     * crashed) and 57P03 (it cannot take connections now: starting up or shutting down).
     */
    public static boolean isConnectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || CONNECTION_ENDED_BY_SERVER.contains(sqlState));
    }
}
