package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.Page;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Optional;

/**
 * The audit log of admin changes. Each change is written by the use case that makes it, in its own transaction
 * (so a change that rolls back leaves no entry); admins read it newest first, one area at a time.
 */
@Stateless
@PermitAll
@DeclareRoles(Roles.ADMIN)
public class AdminAudit {

    private static final String BEING_BUILT = "The audit log is being built (issue 13).";

    @RolesAllowed(Roles.ADMIN)
    public Page<AuditEntryView> recent(AuditArea area, int offset, int limit) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /**
     * Writes one entry in the caller's transaction, the caller's principal as the actor: for the other use cases
     * (policies, limits, bookings cancelled by an admin), never offered to a person directly.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditArea area, String action, String subject, Optional<String> before,
                       Optional<String> after) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }
}
