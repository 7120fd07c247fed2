package com.buildappswith.booking.shared;

/** The caller is signed in but may not do this (someone else's data, or a role they lack). */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(ProblemType.FORBIDDEN, message);
    }
}
