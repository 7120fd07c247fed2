package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;

import java.util.Optional;

/**
 * The builder whose schedule it is, as the scheduling domain reads and locks their profile row. That row is the
 * lock every booking with the builder and every change of their hours or session types takes, so they wait for each
 * other on every node; its version says which hours and types are current (see {@code AvailabilityCache}).
 */
public interface ScheduleOwnerRepository {

    /** The builder profile of the account, if the account has one. */
    Optional<BuilderProfile> ofAccount(Account account);

    /**
     * Takes the builder's row lock for a booking and returns the builder's version under it. A plain row lock that
     * reads only the version: the profile already read is read again only if it changed since.
     */
    long lockForBooking(BuilderProfile builder);

    /**
     * Takes the builder's row lock before their hours or exceptions change, and raises the builder's version when
     * the change commits, which tells every node's availability cache that what it remembers is stale.
     */
    void lockForChangeOfHours(BuilderProfile builder);

    /**
     * Takes the builder's row lock before one of their session types is created or changed, and raises the builder's
     * version when the change commits, which tells a booking that read the type before the change to read it again.
     */
    void lockForChangeOfSessionTypes(BuilderProfile builder);
}
