package com.buildappswith.booking.profile.model;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/** A profile edit that breaks a rule; the message is meant for the person editing. */
public class InvalidProfileException extends DomainException {

    public InvalidProfileException(String message) {
        super(ProblemType.INVALID_INPUT, message);
    }
}
