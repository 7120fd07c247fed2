package com.buildappswith.booking.profile.application;

import jakarta.ejb.ApplicationException;

/** A registration or password that breaks a rule; the message says which and is meant for the person. */
@ApplicationException(rollback = true)
public class InvalidRegistrationException extends RuntimeException {

    private final String field;

    public InvalidRegistrationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the problem belongs to, so the page can show it beside that field. */
    public String field() {
        return field;
    }
}
