package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/**
 * Thrown inside the transaction of an event whose id another delivery recorded first, so that the transaction
 * rolls back (its insert failed); the process answers "already processed", which is no error to the provider.
 */
class EventAlreadyProcessed extends DomainException {

    EventAlreadyProcessed(String eventId) {
        super(ProblemType.CONFLICT, "Event " + eventId + " was processed already.");
    }
}
