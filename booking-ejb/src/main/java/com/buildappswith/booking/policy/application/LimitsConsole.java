package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.AdminAuditRepository;
import com.buildappswith.booking.policy.model.PolicyRepository;
import com.buildappswith.booking.profile.model.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * The booking limits an admin sets in the console: stored in the database, read by every booking transaction, so a
 * change applies to the next booking on every node without a restart. Thin: {@link LimitAdministration} holds the
 * rules.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
public class LimitsConsole {

    @Inject
    private PolicyRepository policies;

    @Inject
    private AdminAuditRepository audit;

    @Inject
    private NodeLimits nodeLimits;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    private LimitAdministration administration;

    @PostConstruct
    void prepare() {
        administration = new LimitAdministration(policies, audit, clock, nodeLimits.limits());
    }

    public LimitsView current() {
        return administration.current();
    }

    /** Saves the limits (audited with the values before), if nobody saved others since {@code version}. */
    public LimitsView save(LimitsDraft draft, long version) {
        return administration.save(context.getCallerPrincipal().getName(), draft, version);
    }
}
