package com.buildappswith.booking.shared;

import jakarta.ejb.ApplicationException;

/** The caller is signed in but may not do this (someone else's data, or a role they lack). Becomes a 403. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
