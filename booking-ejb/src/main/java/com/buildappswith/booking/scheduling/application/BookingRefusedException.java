package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/**
 * A booking that cannot be made, with a message for the person: either it lost a race ({@code conflict}: the slot
 * or a limit was free a moment ago) or it asked for something not allowed at all. Nothing is written.
 */
public class BookingRefusedException extends DomainException {

    public BookingRefusedException(String message, boolean conflict) {
        super(conflict ? ProblemType.CONFLICT : ProblemType.NOT_ALLOWED, message);
    }

    /** True when the request was fine but the slot or a limit was used up by someone else first. */
    public boolean isConflict() {
        return type() == ProblemType.CONFLICT;
    }
}
