package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.AdminAuditEntry;
import com.buildappswith.booking.policy.model.AdminAuditRepository;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.policy.model.BookingSettings;
import com.buildappswith.booking.policy.model.PolicyRefusedException;
import com.buildappswith.booking.policy.model.PolicyRepository;
import com.buildappswith.booking.policy.model.SiteLimits;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Admins' changes of the booking limits, inside the caller's transaction and written to the audit log in it: the
 * limits are stored in the site's settings row, which every booking transaction reads, so a save applies to the next
 * booking on every node. Plain Java over repositories: {@link LimitsConsole} in the server, the database test
 * outside it.
 */
public final class LimitAdministration {

    private static final String SUBJECT = "booking limits";

    private final PolicyRepository policies;
    private final AdminAuditRepository audit;
    private final Clock clock;
    private final SiteLimits nodeLimits;

    /** @param nodeLimits what this node applies where no admin stored limits ({@link NodeLimits}) */
    public LimitAdministration(PolicyRepository policies, AdminAuditRepository audit, Clock clock,
                               SiteLimits nodeLimits) {
        this.policies = Objects.requireNonNull(policies, "A policy repository is required.");
        this.audit = Objects.requireNonNull(audit, "An audit repository is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
        this.nodeLimits = Objects.requireNonNull(nodeLimits, "The node's limits are required.");
    }

    public LimitsView current() {
        return view(policies.settings());
    }

    /**
     * Stores the limits for every node, if nobody saved others since {@code version}.
     *
     * @throws com.buildappswith.booking.policy.model.InvalidLimitsException when one is out of range
     * @throws PolicyRefusedException when someone else saved since
     */
    public LimitsView save(String actor, LimitsDraft draft, long version) {
        SiteLimits limits = new SiteLimits(draft.maxUpcoming(), draft.maxUpcomingWithBuilder(), draft.holdsPerClient(),
                draft.holdCoolDownHours(), draft.holdMinutes());
        BookingSettings settings = policies.lockedSettings();
        if (settings.version() != version) {
            throw PolicyRefusedException.changedMeanwhile();
        }
        boolean wasSet = settings.limitsSetByAdmin();
        SiteLimits before = settings.limitsOver(nodeLimits);
        if (wasSet && before.equals(limits)) {
            return view(settings);
        }
        settings.storeLimits(limits);
        policies.writeNow();
        audit.add(new AdminAuditEntry(actor, AuditArea.LIMITS, "saved limits", SUBJECT,
                Optional.of(wasSet ? before.toString() : "not set; this node applied " + before),
                Optional.of(limits.toString()), clock.instant()));
        return view(settings);
    }

    private LimitsView view(BookingSettings settings) {
        SiteLimits inForce = settings.limitsOver(nodeLimits);
        return new LimitsView(inForce.maxUpcoming(), inForce.maxUpcomingWithBuilder(), inForce.holdsPerClient(),
                inForce.holdCoolDownHours(), inForce.holdMinutes(), settings.limitsSetByAdmin(), settings.version());
    }
}
