package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.AdminAuditEntry;
import com.buildappswith.booking.policy.model.AdminAuditRepository;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.policy.model.BookingSettings;
import com.buildappswith.booking.policy.model.CancellationPolicy;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.PolicyRefusedException;
import com.buildappswith.booking.policy.model.PolicyRepository;
import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.shared.ProblemType;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Admins' changes of cancellation policies, inside the caller's transaction, each written to the audit log in it:
 * names are unique in any letter case, an edit names the version it was made on (a newer one refuses it), only a
 * published policy can be the site default and the default stays published, and nothing is ever deleted. Plain Java
 * over repositories, like {@code SlotBooker}: {@link Policies} in the server, the database test outside it.
 */
public final class PolicyAdministration {

    private static final String SITE_DEFAULT = "site default";

    private final PolicyRepository policies;
    private final AdminAuditRepository audit;
    private final Clock clock;

    public PolicyAdministration(PolicyRepository policies, AdminAuditRepository audit, Clock clock) {
        this.policies = Objects.requireNonNull(policies, "A policy repository is required.");
        this.audit = Objects.requireNonNull(audit, "An audit repository is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    /** Every policy, the site default first, then by name. */
    public List<PolicyView> all() {
        BookingSettings settings = policies.settings();
        return policies.all().stream()
                .sorted(Comparator.comparing((CancellationPolicy policy) -> !settings.isDefault(policy)))
                .map(policy -> view(policy, settings))
                .toList();
    }

    /** The policies builders may choose, by name. */
    public List<PolicyView> published() {
        BookingSettings settings = policies.settings();
        return policies.published().stream().map(policy -> view(policy, settings)).toList();
    }

    public PolicyView create(String actor, PolicyDraft draft) {
        requireFreeName(draft.terms().name(), Optional.empty());
        CancellationPolicy policy = new CancellationPolicy(draft.terms(), draft.published(), clock.instant());
        policies.add(policy);
        record(actor, "created", policy, Optional.empty(), Optional.of(policy.describe()));
        return view(policy, policies.settings());
    }

    /** Changes a policy for bookings made from now on, if nobody saved another version since {@code version}. */
    public PolicyView edit(String actor, long policyId, long version, PolicyDraft draft) {
        CancellationPolicy policy = policies.lockedById(policyId).orElseThrow(PolicyAdministration::noSuchPolicy);
        if (policy.version() != version) {
            throw PolicyRefusedException.changedMeanwhile();
        }
        requireFreeName(draft.terms().name(), Optional.of(policy.id()));
        BookingSettings settings = policies.settings();
        String before = policy.describe();
        boolean wasPublished = policy.isPublished();
        CancellationTerms termsBefore = policy.terms();
        if (policy.revise(draft.terms(), draft.published(), settings.isDefault(policy), clock.instant())) {
            policies.writeNow();
            record(actor, editAction(!termsBefore.equals(policy.terms()), wasPublished, policy.isPublished()),
                    policy, Optional.of(before), Optional.of(policy.describe()));
        }
        return view(policy, settings);
    }

    private static String editAction(boolean termsChanged, boolean wasPublished, boolean isPublished) {
        String publication = wasPublished == isPublished ? "" : isPublished ? "published" : "unpublished";
        if (!termsChanged) {
            return publication;
        }
        return publication.isEmpty() ? "edited" : "edited and " + publication;
    }

    /** Makes a published policy the one session types without their own give new bookings. */
    public PolicyView makeSiteDefault(String actor, long policyId) {
        BookingSettings settings = policies.lockedSettings();
        CancellationPolicy policy = policies.lockedById(policyId).orElseThrow(PolicyAdministration::noSuchPolicy);
        if (settings.isDefault(policy)) {
            return view(policy, settings);
        }
        Optional<String> before = policies.byId(settings.defaultPolicyId()).map(CancellationPolicy::describe);
        settings.makeDefault(policy);
        policies.writeNow();
        audit.add(new AdminAuditEntry(actor, AuditArea.POLICY, "made site default", SITE_DEFAULT, before,
                Optional.of(policy.describe()), clock.instant()));
        return view(policy, settings);
    }

    /**
     * The terms a booking of the session type would be made under now: its policy's while that is published, else
     * the site default's.
     */
    public CancellationTerms termsOfSessionType(long sessionTypeId) {
        return policyTermsOfSessionType(sessionTypeId).terms();
    }

    /** The same terms with the id of the policy they come from, as a page shows them and sends them back. */
    public PolicyTerms policyTermsOfSessionType(long sessionTypeId) {
        Optional<Long> chosen = policies.policyOfSessionType(sessionTypeId)
                .orElseThrow(() -> new PolicyRefusedException(ProblemType.NOT_FOUND, "No such session type."));
        return policies.inForce(chosen).forNewBooking().currentTerms();
    }

    private void requireFreeName(String name, Optional<Long> ownId) {
        policies.byName(name)
                .filter(other -> ownId.map(id -> !id.equals(other.id())).orElse(true))
                .ifPresent(other -> {
                    throw new PolicyRefusedException(ProblemType.CONFLICT, "A policy named \"" + other.name()
                            + "\" exists already: choose another name.");
                });
    }

    private void record(String actor, String action, CancellationPolicy policy, Optional<String> before,
                        Optional<String> after) {
        audit.add(new AdminAuditEntry(actor, AuditArea.POLICY, action, "policy " + policy.id() + " \""
                + policy.name() + "\"", before, after, clock.instant()));
    }

    private static PolicyRefusedException noSuchPolicy() {
        return new PolicyRefusedException(ProblemType.NOT_FOUND, "No such policy.");
    }

    private static PolicyView view(CancellationPolicy policy, BookingSettings settings) {
        return new PolicyView(policy.id(), policy.version(), policy.terms(), policy.isPublished(),
                settings.isDefault(policy));
    }
}
