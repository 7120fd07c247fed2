package com.buildappswith.booking.profile.model;

import jakarta.ejb.ApplicationException;

/** A profile edit that breaks a rule; the message is meant for the person editing. Rolls back the transaction. */
@ApplicationException(rollback = true)
public class InvalidProfileException extends RuntimeException {

    public InvalidProfileException(String message) {
        super(message);
    }
}
