package com.buildappswith.booking.scheduling.application;

import jakarta.ejb.ApplicationException;

/** A change to a builder's session types or hours that breaks a scheduling rule; the message is for the builder. */
@ApplicationException(rollback = true)
public class InvalidScheduleException extends RuntimeException {

    public InvalidScheduleException(String message) {
        super(message);
    }
}
