package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/** Cancellation terms that contradict themselves or are out of range, with a message for the admin. */
public class InvalidTermsException extends DomainException {

    public InvalidTermsException(String message) {
        super(ProblemType.INVALID_INPUT, message);
    }
}
