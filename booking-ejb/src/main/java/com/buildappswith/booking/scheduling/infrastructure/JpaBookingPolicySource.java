package com.buildappswith.booking.scheduling.infrastructure;

import com.buildappswith.booking.policy.application.NodeLimits;
import com.buildappswith.booking.policy.model.PoliciesInForce;
import com.buildappswith.booking.policy.model.PolicyRepository;
import com.buildappswith.booking.policy.model.SiteLimits;
import com.buildappswith.booking.scheduling.model.BookingConditions;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.SessionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The conditions of each new booking as the database says them in the booking's transaction: the site's settings
 * row (limits an admin stored, else this node's own) and the session type's policy while it is published, else the
 * site default. One read per booking, and nothing kept between bookings.
 */
@ApplicationScoped
public class JpaBookingPolicySource implements BookingPolicySource {

    private final PolicyRepository policies;
    private final SiteLimits nodeLimits;

    /** @param nodeLimits what applies where no admin stored limits */
    public JpaBookingPolicySource(PolicyRepository policies, SiteLimits nodeLimits) {
        this.policies = policies;
        this.nodeLimits = nodeLimits;
    }

    @Inject
    public JpaBookingPolicySource(PolicyRepository policies, NodeLimits nodeLimits) {
        this(policies, nodeLimits.limits());
    }

    /** For CDI's proxy only. */
    protected JpaBookingPolicySource() {
        this(null, (SiteLimits) null);
    }

    @Override
    public BookingConditions forNewBooking(SessionType type) {
        PoliciesInForce inForce = policies.inForce(type.policyId());
        return BookingConditions.of(inForce.settings().limitsOver(nodeLimits), inForce.forNewBooking().currentTerms());
    }
}
