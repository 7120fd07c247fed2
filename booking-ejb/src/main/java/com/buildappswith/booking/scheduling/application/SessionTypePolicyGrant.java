package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.application.PolicyAdministration;
import com.buildappswith.booking.policy.application.PolicyDraft;
import com.buildappswith.booking.policy.model.AdminAuditRepository;
import com.buildappswith.booking.policy.model.CancellationPolicy;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.PolicyRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives a builder's session type a published policy by name, creating the policy the first time, inside the caller's
 * transaction; the demo data does this on every node that starts with it. Two nodes starting at once would both
 * find no policy of that name and both insert one, and the second insert would break the unique name (on PostgreSQL
 * that also aborts its transaction, so it could not even read the winner's row afterwards). So the grant first takes
 * the site settings row's lock, which every node's grant waits for, and only then reads the session type and the
 * policy: the second grant sees what the first committed and changes nothing.
 */
final class SessionTypePolicyGrant {

    private final PolicyRepository policies;
    private final AdminAuditRepository audit;
    private final SessionTypeRepository sessionTypes;
    private final Clock clock;

    SessionTypePolicyGrant(PolicyRepository policies, AdminAuditRepository audit, SessionTypeRepository sessionTypes,
                           Clock clock) {
        this.policies = Objects.requireNonNull(policies, "A policy repository is required.");
        this.audit = Objects.requireNonNull(audit, "An audit repository is required.");
        this.sessionTypes = Objects.requireNonNull(sessionTypes, "A session type repository is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    /**
     * Gives the builder's session type named {@code sessionTypeName} the published policy with {@code terms}' name
     * (created with {@code terms} when there is none, in {@code actor}'s name), unless it has a policy already.
     *
     * @return whether the session type was found (and has a policy now)
     */
    boolean grant(String builderEmail, String sessionTypeName, CancellationTerms terms, String actor) {
        policies.lockedSettings();
        Optional<SessionType> type = sessionTypes.named(builderEmail, sessionTypeName);
        if (type.isEmpty() || type.get().policyId().isPresent()) {
            return type.isPresent();
        }
        long policyId = policies.byName(terms.name())
                .filter(CancellationPolicy::isPublished)
                .map(CancellationPolicy::id)
                .orElseGet(() -> new PolicyAdministration(policies, audit, clock)
                        .create(actor, new PolicyDraft(terms, true)).id());
        type.get().choosePolicy(Optional.of(policyId));
        return true;
    }
}
