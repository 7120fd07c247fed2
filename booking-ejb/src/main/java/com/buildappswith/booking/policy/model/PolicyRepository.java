package com.buildappswith.booking.policy.model;

import java.util.List;
import java.util.Optional;

/** Every query of cancellation policies and of the site's booking settings row. */
public interface PolicyRepository {

    Optional<CancellationPolicy> byId(long policyId);

    /** The policy, its row locked until the transaction ends, as it stands under the lock. */
    Optional<CancellationPolicy> lockedById(long policyId);

    /** The policy of that name in any letter case, if there is one. */
    Optional<CancellationPolicy> byName(String name);

    /** Every policy, by name. */
    List<CancellationPolicy> all();

    /** The published policies, by name. */
    List<CancellationPolicy> published();

    /** Stores a new policy at once, so that it has its id and a name taken meanwhile is refused here. */
    void add(CancellationPolicy policy);

    /**
     * Writes pending changes now, so that a changed policy or settings row carries its new version and a name taken
     * meanwhile is refused here.
     */
    void writeNow();

    /** The site's booking settings as they stand now. */
    BookingSettings settings();

    /**
     * The site's booking settings with the site's default policy and the policy {@code chosen} (a session type's),
     * read in one statement: what every new booking needs, at one round trip instead of three.
     */
    PoliciesInForce inForce(Optional<Long> chosen);

    /** The site's booking settings, their row locked until the transaction ends, as they stand under the lock. */
    BookingSettings lockedSettings();

    /**
     * The policy a session type chose: empty when there is no such session type, an empty optional inside when it
     * chose none (the site default applies).
     */
    Optional<Optional<Long>> policyOfSessionType(long sessionTypeId);
}
