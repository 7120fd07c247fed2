package com.buildappswith.booking.scheduling.infrastructure;

import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.infrastructure.JpaAccountRepository;
import com.buildappswith.booking.scheduling.application.AvailabilityCache;
import com.buildappswith.booking.scheduling.application.SlotBooker;
import com.buildappswith.booking.policy.infrastructure.JpaPolicyRepository;
import com.buildappswith.booking.policy.model.SiteLimits;
import com.buildappswith.booking.scheduling.model.BookingChanged;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * The booking transaction outside the server: a {@link SlotBooker} whose repositories (the profile domain's account
 * repository behind {@link CallerAccounts} among them) all work through one entity manager and its resource-local
 * transaction, for the booking-write benchmark and the database test.
 */
public final class SlotBookers {

    private SlotBookers() {
    }

    /**
     * @param policies the conditions of each booking: fixed, or {@link #storedPolicies} over the same manager
     * @param changes  who hears of each booking written, in its transaction (the notices, or explicitly nobody)
     */
    public static SlotBooker over(EntityManager entityManager, Clock clock, BookingPolicySource policies,
                                  AvailabilityCache availabilityCache, Consumer<BookingChanged> changes) {
        return new SlotBooker(new CallerAccounts(new JpaAccountRepository(entityManager)),
                new JpaSessionTypeRepository(entityManager), new JpaScheduleOwnerRepository(entityManager),
                new JpaAvailabilityRepository(entityManager), new JpaBookingRepository(entityManager, changes),
                availabilityCache, clock, policies);
    }

    /** The conditions the database stores, as the server reads them, for a node whose own limits are these. */
    public static BookingPolicySource storedPolicies(EntityManager entityManager, SiteLimits nodeLimits) {
        return new JpaBookingPolicySource(new JpaPolicyRepository(entityManager), nodeLimits);
    }
}
