package com.buildappswith.booking.shared;

import jakarta.ejb.ApplicationException;

import java.util.Objects;

/**
 * Every refusal the application explains to the person: its message is meant for them, its {@link ProblemType}
 * says which HTTP answer it becomes, so the web layer needs one mapper for all of them. An application exception
 * (inherited by every subclass), so an EJB hands it on unwrapped and rolls its transaction back: nothing
 * half-written stays.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private final ProblemType type;

    public DomainException(ProblemType type, String message) {
        super(message);
        this.type = Objects.requireNonNull(type, "A problem type is required.");
    }

    public DomainException(ProblemType type, String message, Throwable cause) {
        super(message, cause);
        this.type = Objects.requireNonNull(type, "A problem type is required.");
    }

    public ProblemType type() {
        return type;
    }
}
