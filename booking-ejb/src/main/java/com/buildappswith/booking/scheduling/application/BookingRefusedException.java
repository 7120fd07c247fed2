package com.buildappswith.booking.scheduling.application;

import jakarta.ejb.ApplicationException;

/**
 * A booking that cannot be made, with a message for the person and whether it lost a race ({@code taken}: the
 * slot was free a moment ago) or asked for something not allowed at all. Nothing is written.
 */
@ApplicationException(rollback = true)
public class BookingRefusedException extends RuntimeException {

    private final boolean conflict;

    public BookingRefusedException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    /** True when the request was fine but the slot or a limit was used up by someone else first. */
    public boolean isConflict() {
        return conflict;
    }
}
