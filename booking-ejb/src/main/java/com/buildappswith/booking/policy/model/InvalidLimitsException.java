package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/** Booking limits out of range, with a message for the admin who typed them. */
public class InvalidLimitsException extends DomainException {

    public InvalidLimitsException(String message) {
        super(ProblemType.INVALID_INPUT, message);
    }
}
