package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/** A payment request that cannot be served, with a message for the person; nothing is written. */
public class PaymentRefusedException extends DomainException {

    public PaymentRefusedException(ProblemType type, String message) {
        super(type, message);
    }
}
