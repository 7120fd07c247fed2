package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.policy.model.SiteLimits;

import java.time.Duration;
import java.util.Objects;

/**
 * What a new booking is made under at the moment it is made: the client's limits, their hold limits (with the hold's
 * length) and the cancellation terms the booking will keep.
 */
public record BookingConditions(BookingLimits limits, HoldLimits holds, PolicyTerms terms) {

    /** The defaults everywhere, with the Standard terms: for tests and the benchmark. */
    public static final BookingConditions DEFAULTS = new BookingConditions(BookingLimits.DEFAULTS, HoldLimits.DEFAULTS,
            PolicyTerms.STANDARD);

    public BookingConditions {
        Objects.requireNonNull(limits, "Booking limits are required.");
        Objects.requireNonNull(holds, "Hold limits are required.");
        Objects.requireNonNull(terms, "Terms are required.");
    }

    /** The conditions of the site's limits and {@code terms}. */
    public static BookingConditions of(SiteLimits limits, PolicyTerms terms) {
        return new BookingConditions(new BookingLimits(limits.maxUpcoming(), limits.maxUpcomingWithBuilder()),
                new HoldLimits(limits.holdsPerClient(), Duration.ofHours(limits.holdCoolDownHours()),
                        Duration.ofMinutes(limits.holdMinutes())),
                terms);
    }
}
