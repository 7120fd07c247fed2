package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/** A change to a builder's session types or hours that breaks a scheduling rule; the message is for the builder. */
public class InvalidScheduleException extends DomainException {

    public InvalidScheduleException(String message) {
        super(ProblemType.INVALID_INPUT, message);
    }
}
