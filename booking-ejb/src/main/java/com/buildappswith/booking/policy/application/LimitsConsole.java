package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.profile.model.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

/**
 * The booking limits an admin sets in the console: stored in the database, read by every booking transaction, so a
 * change applies to the next booking on every node without a restart.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
public class LimitsConsole {

    private static final String BEING_BUILT = "Stored limits are being built (issue 13).";

    public LimitsView current() {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /** Saves the limits (audited with the values before), if nobody saved others since {@code version}. */
    public LimitsView save(LimitsDraft draft, long version) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }
}
