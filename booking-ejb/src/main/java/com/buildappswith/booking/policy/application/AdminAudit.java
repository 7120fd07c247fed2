package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.AdminAuditEntry;
import com.buildappswith.booking.policy.model.AdminAuditRepository;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit log of admin changes. Each change is written by the use case that makes it, in its own transaction
 * (so a change that rolls back leaves no entry); admins read it newest first, one area at a time.
 */
@Stateless
@PermitAll
@DeclareRoles(Roles.ADMIN)
public class AdminAudit {

    @Inject
    private AdminAuditRepository audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @RolesAllowed(Roles.ADMIN)
    public Page<AuditEntryView> recent(AuditArea area, int offset, int limit) {
        return audit.recent(Objects.requireNonNull(area, "An area is required."), Math.max(0, offset),
                Page.boundedLimit(limit)).map(AdminAudit::view);
    }

    /**
     * Writes one entry in the caller's transaction, the caller's principal as the actor: for the other use cases
     * (policies, limits, bookings cancelled by an admin), never offered to a person directly.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditArea area, String action, String subject, Optional<String> before,
                       Optional<String> after) {
        audit.add(new AdminAuditEntry(context.getCallerPrincipal().getName(), area, action, subject, before, after,
                clock.instant()));
    }

    private static AuditEntryView view(AdminAuditEntry entry) {
        return new AuditEntryView(entry.at(), entry.actor(), entry.area(), entry.action(), entry.subject(),
                entry.before(), entry.after());
    }
}
