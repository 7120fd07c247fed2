package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;
import java.util.Optional;

/**
 * The site's booking settings, one row for the whole site (every node reads it): the default cancellation policy,
 * and the booking limits once an admin saved them. A limit left empty means "not set by an admin": each node then
 * applies its own environment's setting or the built-in default ({@link #limitsOver}).
 */
@Entity
@Table(name = "booking_settings")
public class BookingSettings {

    /** The id of the one row. */
    public static final int THE_ROW = 1;

    @Id
    private int id;

    @Column(name = "default_policy_id", nullable = false)
    private long defaultPolicyId;

    @Column(name = "max_upcoming")
    private Integer maxUpcoming;

    @Column(name = "max_upcoming_with_builder")
    private Integer maxUpcomingWithBuilder;

    @Column(name = "holds_per_client")
    private Integer holdsPerClient;

    @Column(name = "hold_cool_down_hours")
    private Integer holdCoolDownHours;

    @Column(name = "hold_minutes")
    private Integer holdMinutes;

    @Version
    private long version;

    protected BookingSettings() {
    }

    /** Makes a published policy the one that session types without their own give new bookings. */
    public void makeDefault(CancellationPolicy policy) {
        Objects.requireNonNull(policy, "A policy is required.");
        if (!policy.isPublished()) {
            throw new PolicyRefusedException(ProblemType.NOT_ALLOWED, "Only a published policy can be the site "
                    + "default: publish \"" + policy.name() + "\" first.");
        }
        defaultPolicyId = policy.id();
    }

    public long defaultPolicyId() {
        return defaultPolicyId;
    }

    public boolean isDefault(CancellationPolicy policy) {
        return policy.id() != null && policy.id() == defaultPolicyId;
    }

    /** Stores limits for every node, replacing whatever the nodes' environments say. */
    public void storeLimits(SiteLimits limits) {
        Objects.requireNonNull(limits, "Limits are required.");
        maxUpcoming = limits.maxUpcoming();
        maxUpcomingWithBuilder = limits.maxUpcomingWithBuilder();
        holdsPerClient = limits.holdsPerClient();
        holdCoolDownHours = limits.holdCoolDownHours();
        holdMinutes = limits.holdMinutes();
    }

    /** Whether an admin stored any limit; until then every node applies its own. */
    public boolean limitsSetByAdmin() {
        return maxUpcoming != null || maxUpcomingWithBuilder != null || holdsPerClient != null
                || holdCoolDownHours != null || holdMinutes != null;
    }

    /**
     * The limits in force on a node whose own limits are {@code nodeLimits}: each stored limit, else the node's.
     * The console stores all five at once; should only some be stored (by hand), a limit with one builder above the
     * overall one is read as the overall one, which is what it amounts to anyway.
     */
    public SiteLimits limitsOver(SiteLimits nodeLimits) {
        int overall = Optional.ofNullable(maxUpcoming).orElse(nodeLimits.maxUpcoming());
        return new SiteLimits(overall,
                Math.min(overall, Optional.ofNullable(maxUpcomingWithBuilder)
                        .orElse(nodeLimits.maxUpcomingWithBuilder())),
                Optional.ofNullable(holdsPerClient).orElse(nodeLimits.holdsPerClient()),
                Optional.ofNullable(holdCoolDownHours).orElse(nodeLimits.holdCoolDownHours()),
                Optional.ofNullable(holdMinutes).orElse(nodeLimits.holdMinutes()));
    }

    /** Raised by every change, so that a save can name the version it was made on. */
    public long version() {
        return version;
    }
}
