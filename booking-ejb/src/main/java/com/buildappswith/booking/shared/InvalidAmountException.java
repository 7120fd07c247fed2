package com.buildappswith.booking.shared;

/** An amount or currency, as typed, that cannot be money; the message says why and is meant for the person. */
public class InvalidAmountException extends DomainException {

    public InvalidAmountException(String message) {
        super(ProblemType.INVALID_INPUT, message);
    }
}
