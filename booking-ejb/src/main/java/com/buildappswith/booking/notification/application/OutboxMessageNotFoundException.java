package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/** No outbox message has the id asked for. */
public class OutboxMessageNotFoundException extends DomainException {

    public OutboxMessageNotFoundException(long id) {
        super(ProblemType.NOT_FOUND, "There is no outbox message " + id + ".");
    }
}
