package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.policy.model.PolicyTerms;

/**
 * Where the booking transaction learns, for each booking, the limits in force and the terms the booking gets. The
 * server reads them from the database inside the booking's own transaction (so an admin's change applies to the
 * next booking on every node, with nothing cached that could go stale); tests and the benchmark fix them.
 */
@FunctionalInterface
public interface BookingPolicySource {

    /** The conditions a new booking of {@code type} is made under now. */
    BookingConditions forNewBooking(SessionType type);

    /** The same conditions for every booking. */
    static BookingPolicySource fixed(BookingConditions conditions) {
        return type -> conditions;
    }

    /** The same limits for every booking, under the Standard terms. */
    static BookingPolicySource fixed(BookingLimits limits, HoldLimits holds) {
        return fixed(new BookingConditions(limits, holds, PolicyTerms.STANDARD));
    }
}
