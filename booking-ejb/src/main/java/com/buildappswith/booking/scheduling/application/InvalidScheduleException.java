package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

import java.util.function.Supplier;

/** A change to a builder's session types or hours that breaks a scheduling rule; the message is for the builder. */
public class InvalidScheduleException extends DomainException {

    public InvalidScheduleException(String message) {
        super(ProblemType.INVALID_INPUT, message);
    }

    /** Runs a change of the model, which refuses a broken rule with IllegalArgumentException, for the builder. */
    static <T> T checked(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidScheduleException(e.getMessage());
        }
    }
}
