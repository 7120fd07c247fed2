package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/**
 * No such booking, or one the caller is no party to: both answer the same (404), so that nobody learns from the
 * answer that someone else's booking exists.
 */
public class BookingNotFoundException extends DomainException {

    public BookingNotFoundException() {
        super(ProblemType.NOT_FOUND, "There is no such booking.");
    }
}
