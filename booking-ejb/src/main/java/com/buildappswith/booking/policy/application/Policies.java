package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.profile.model.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.util.List;

/**
 * Cancellation policies: admins create and edit them, publish them for builders to choose and pick the site
 * default (each change in the audit log); builders list the published ones; the booking page reads the terms a
 * session type would be booked under now.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
public class Policies {

    private static final String BEING_BUILT = "Policies are being built (issue 13).";

    /** Every policy, the site default first, then by name. */
    @RolesAllowed(Roles.ADMIN)
    public List<PolicyView> all() {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /** The policies builders may choose for a session type, by name. */
    @RolesAllowed({Roles.BUILDER, Roles.ADMIN})
    public List<PolicyView> published() {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    @RolesAllowed(Roles.ADMIN)
    public PolicyView create(PolicyDraft draft) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /**
     * Changes a policy for bookings made from now on; bookings already made keep their own copy of the terms.
     *
     * @param version the version the admin edited
     */
    @RolesAllowed(Roles.ADMIN)
    public PolicyView edit(long policyId, long version, PolicyDraft draft) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /** Makes a published policy the one session types without their own get. */
    @RolesAllowed(Roles.ADMIN)
    public PolicyView makeSiteDefault(long policyId) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /** The terms a booking of the session type would be made under now: its policy's, else the site default's. */
    public CancellationTerms termsOfSessionType(long sessionTypeId) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }
}
