package com.buildappswith.booking.policy.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a new booking's conditions are made of, as read together in its transaction: the site's settings, the site's
 * default policy, and the policy its session type chose, if any (still there, published or not).
 */
public record PoliciesInForce(BookingSettings settings, CancellationPolicy siteDefault,
                              Optional<CancellationPolicy> chosen) {

    public PoliciesInForce {
        Objects.requireNonNull(settings, "The settings are required.");
        Objects.requireNonNull(siteDefault, "The site default policy is required.");
        Objects.requireNonNull(chosen, "The chosen policy may be empty, never null.");
    }

    /** The policy whose terms a new booking gets (see {@link CancellationPolicy#forNewBooking}). */
    public CancellationPolicy forNewBooking() {
        return CancellationPolicy.forNewBooking(chosen, siteDefault);
    }
}
