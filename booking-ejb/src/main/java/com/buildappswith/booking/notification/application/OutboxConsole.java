package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.OutboxFilter;
import com.buildappswith.booking.notification.model.OutboxLogRepository;
import com.buildappswith.booking.policy.application.AdminAudit;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.Page;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * The outbox in the admin console: what was written to whom, how its delivery stands, and sending a message again;
 * every retry is in the admin audit log. Thin: {@link OutboxAdministration} holds the use cases.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
public class OutboxConsole {

    @Inject
    private OutboxLogRepository outbox;

    @Inject
    private AdminAudit audit;

    @Inject
    private Clock clock;

    private OutboxAdministration administration;

    @PostConstruct
    void prepare() {
        administration = new OutboxAdministration(outbox,
                (action, subject, before, after) -> audit.record(AuditArea.NOTIFICATION, action, subject, before,
                        after), clock);
    }

    /** The messages that pass {@code filter}, newest first. */
    public Page<OutboxMessageView> messages(OutboxFilter filter, int offset, int limit) {
        return administration.messages(filter, offset, limit);
    }

    public OutboxCounts counts() {
        return administration.counts();
    }

    public OutboxMessageDetails message(long id) {
        return administration.message(id);
    }

    /** Sends a message that failed (or still waits) again now, audited; see {@link OutboxAdministration#retry}. */
    public OutboxMessageView retry(long id) {
        return administration.retry(id);
    }
}
