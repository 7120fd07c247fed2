package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * What a failure of the database means for the person who asked, decided once from the failure's chain of causes
 * (JPA, EclipseLink, EJB, Faces wrap it in layers) by the SQLState that PostgreSQL or H2 gave, or by the persistence
 * provider's own exception where there is no SQLState (an optimistic-lock failure).
 * <p>
 * None of them is retried inside the request: by the time the failure is seen the transaction is lost (PostgreSQL
 * aborts it at the first error, the container marks it for rollback), so a retry would be a new transaction that
 * decides anew what the person asked for on data they have not seen ({@link #TAKEN}, {@link #CHANGED}), or that
 * queues again behind a lock that was already held for longer than the lock timeout ({@link #BUSY}). The answer
 * tells the caller which of these it was, and whether trying again later can help.
 */
public enum DatabaseFailure {

    /** A unique or exclusion constraint: someone else took the same thing first. */
    TAKEN(ProblemType.CONFLICT, "Someone else was first with this a moment ago. Look again and choose anew."),
    /** The row changed under the request (optimistic lock, or H2's concurrent update of a row). */
    CHANGED(ProblemType.CONFLICT, "Someone else changed this at the same moment. Look at it again and retry."),
    /**
     * A lock not granted in time, a deadlock, a serialization failure or a statement cancelled by a timeout: the
     * request was fine, the database was too busy to serve it now.
     */
    BUSY(ProblemType.UNAVAILABLE, "The service is busy right now. Please try again in a moment."),
    /** A check, not-null or foreign-key constraint, or a value the column cannot hold: the data breaks a rule. */
    BROKEN_RULE(ProblemType.NOT_ALLOWED, "This breaks a rule of the schedule, so nothing was saved."),
    /** The connection was lost or refused (SQLState class 08, or the server ending it: 57P01 to 57P03). */
    UNAVAILABLE(ProblemType.UNAVAILABLE, DatabaseUnavailableException.MESSAGE);

    // PostgreSQL: 23505 unique, 23P01 exclusion; H2: 23505 duplicate key.
    private static final Set<String> TAKEN_STATES = Set.of("23505", "23P01");
    // PostgreSQL: 23514 check, 23502 not null, 23503 foreign key; H2: 23513 check, 23502 not null, 23503 and 23506
    // referential integrity. Class 22, data exceptions (a value too long or out of range), on both.
    private static final Set<String> BROKEN_RULE_STATES = Set.of("23514", "23513", "23502", "23503", "23506");
    // PostgreSQL: 55P03 lock not available (lock_timeout), 40P01 deadlock, 40001 serialization failure, 57014
    // statement cancelled (statement_timeout); H2: HYT00 lock timeout (its error 50200), 40001 deadlock, 57014
    // statement cancelled.
    private static final Set<String> BUSY_STATES = Set.of("55P03", "40P01", "40001", "57014", "HYT00");
    // H2: 90131, a row updated by another transaction since this one read it.
    private static final Set<String> CHANGED_STATES = Set.of("90131");

    private static final Set<String> OPTIMISTIC_LOCK_FAILURES = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "org.eclipse.persistence.exceptions.OptimisticLockException");
    private static final Set<String> LOCK_WAIT_FAILURES = Set.of(
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException");

    private final ProblemType problem;
    private final String message;

    DatabaseFailure(ProblemType problem, String message) {
        this.problem = problem;
        this.message = message;
    }

    /** What the person is told. */
    public String message() {
        return message;
    }

    public ProblemType problem() {
        return problem;
    }

    /**
     * Whether an operator should hear of it: a broken rule is a bug or a bad row, a busy database a load or a stuck
     * transaction; the others are the ordinary outcome of people acting at once, or logged where the database is
     * watched ({@link DatabaseUnavailableException}).
     */
    public boolean needsAnOperator() {
        return this == BROKEN_RULE || this == BUSY;
    }

    /** The kind of database failure behind {@code failure}, if it is one; the outermost recognised cause decides. */
    public static Optional<DatabaseFailure> of(Throwable failure) {
        for (Throwable cause : FailureChain.of(failure)) {
            if (cause instanceof DatabaseUnavailableException
                    || DatabaseUnavailableException.isResourceManagerFailure(cause)) {
                return Optional.of(UNAVAILABLE);
            }
            String type = cause.getClass().getName();
            if (OPTIMISTIC_LOCK_FAILURES.contains(type)) {
                return Optional.of(CHANGED);
            }
            if (LOCK_WAIT_FAILURES.contains(type)) {
                return Optional.of(BUSY);
            }
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    Optional<DatabaseFailure> kind = ofSqlState(next.getSQLState());
                    if (kind.isPresent()) {
                        return kind;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The kind of failure an SQLState of PostgreSQL or H2 stands for, if it is one of them. */
    public static Optional<DatabaseFailure> ofSqlState(String state) {
        if (state == null || state.length() != 5) {
            return Optional.empty();
        }
        if (DatabaseUnavailableException.isConnectionLost(state)) {
            return Optional.of(UNAVAILABLE);
        }
        if (TAKEN_STATES.contains(state)) {
            return Optional.of(TAKEN);
        }
        if (BROKEN_RULE_STATES.contains(state) || state.startsWith("22")) {
            return Optional.of(BROKEN_RULE);
        }
        if (BUSY_STATES.contains(state)) {
            return Optional.of(BUSY);
        }
        if (CHANGED_STATES.contains(state)) {
            return Optional.of(CHANGED);
        }
        return Optional.empty();
    }

    /**
     * The refusal to answer with for a database failure behind {@code failure}: the {@link DatabaseUnavailableException}
     * already in the chain or made for a lost connection (it carries the reason for the log), or one with this
     * kind's message and problem type; empty when the failure is not one of the database's.
     */
    public static Optional<DomainException> behind(Throwable failure) {
        Optional<DatabaseUnavailableException> unavailable = DatabaseUnavailableException.behind(failure);
        if (unavailable.isPresent()) {
            return Optional.of(unavailable.get());
        }
        return of(failure).map(kind -> new DomainException(kind.problem, kind.message, failure));
    }
}
