package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.AdminAuditRepository;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.PolicyRepository;
import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.profile.model.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Cancellation policies: admins create and edit them, publish them for builders to choose and pick the site
 * default (each change in the audit log); builders list the published ones; the booking page reads the terms a
 * session type would be booked under now. Thin: {@link PolicyAdministration} holds the rules.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
public class Policies {

    private static final Logger LOG = Logger.getLogger(Policies.class.getName());

    @Inject
    private PolicyRepository policies;

    @Inject
    private AdminAuditRepository audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    private PolicyAdministration administration;

    @PostConstruct
    void prepare() {
        administration = new PolicyAdministration(policies, audit, clock);
    }

    /** Every policy, the site default first, then by name. */
    @RolesAllowed(Roles.ADMIN)
    public List<PolicyView> all() {
        return administration.all();
    }

    /** The policies builders may choose for a session type, by name. */
    @RolesAllowed({Roles.BUILDER, Roles.ADMIN})
    public List<PolicyView> published() {
        return administration.published();
    }

    @RolesAllowed(Roles.ADMIN)
    public PolicyView create(PolicyDraft draft) {
        PolicyView created = administration.create(actor(), draft);
        LOG.info(() -> actor() + " created policy " + created.id());
        return created;
    }

    /**
     * Changes a policy for bookings made from now on; bookings already made keep their own copy of the terms.
     *
     * @param version the version the admin edited
     */
    @RolesAllowed(Roles.ADMIN)
    public PolicyView edit(long policyId, long version, PolicyDraft draft) {
        return administration.edit(actor(), policyId, version, draft);
    }

    /** Makes a published policy the one session types without their own get. */
    @RolesAllowed(Roles.ADMIN)
    public PolicyView makeSiteDefault(long policyId) {
        return administration.makeSiteDefault(actor(), policyId);
    }

    /** The terms a booking of the session type would be made under now: its policy's, else the site default's. */
    public CancellationTerms termsOfSessionType(long sessionTypeId) {
        return administration.termsOfSessionType(sessionTypeId);
    }

    /**
     * The terms a booking of the session type would be made under now, with their policy's id: what the booking
     * page shows and sends back with the booking, which is refused if they changed meanwhile.
     */
    public PolicyTerms policyTermsOfSessionType(long sessionTypeId) {
        return administration.policyTermsOfSessionType(sessionTypeId);
    }

    private String actor() {
        return context.getCallerPrincipal().getName();
    }
}
