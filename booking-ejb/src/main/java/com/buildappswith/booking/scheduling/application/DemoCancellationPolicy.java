package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.AdminAuditRepository;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.PolicyRepository;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.profile.application.DemoAccounts;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The demo site's second cancellation policy, so that the tour shows two different terms: "Flexible" (free until
 * 24 hours before, a quarter back up to the start, moves until 2 hours before, three times), published and chosen
 * by the demo builder's paid session type, while their free one keeps the site default. Run after the demo builders
 * are imported; a second run changes nothing, and a type that has a policy already keeps it. Nodes starting at once
 * each run it, and it creates the policy once: see {@link SessionTypePolicyGrant}.
 */
@Stateless
public class DemoCancellationPolicy {

    /** Who the audit log names for the policy the demo data creates. */
    static final String ACTOR = "demo data";
    static final String SESSION_TYPE = "Architecture review";
    static final CancellationTerms FLEXIBLE = new CancellationTerms("Flexible", Duration.ofHours(24),
            List.of(new RefundTier(Duration.ZERO, 25)), Duration.ofHours(2), 3);

    @Inject
    private PolicyRepository policies;

    @Inject
    private AdminAuditRepository audit;

    @Inject
    private SessionTypeRepository sessionTypes;

    @Inject
    private Clock clock;

    /** @return whether the demo builder's session type was found (and has a policy now) */
    public boolean apply() {
        return new SessionTypePolicyGrant(policies, audit, sessionTypes, clock)
                .grant(DemoAccounts.BUILDER, SESSION_TYPE, FLEXIBLE, ACTOR);
    }
}
