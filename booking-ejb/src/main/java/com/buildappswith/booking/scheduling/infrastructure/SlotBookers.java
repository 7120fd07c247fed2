package com.buildappswith.booking.scheduling.infrastructure;

import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.infrastructure.JpaAccountRepository;
import com.buildappswith.booking.scheduling.application.AvailabilityCache;
import com.buildappswith.booking.scheduling.application.SlotBooker;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import jakarta.persistence.EntityManager;

import java.time.Clock;

/**
 * The booking transaction outside the server: a {@link SlotBooker} whose repositories (the profile domain's account
 * repository behind {@link CallerAccounts} among them) all work through one entity manager and its resource-local
 * transaction, for the booking-write benchmark and the database test.
 */
public final class SlotBookers {

    private SlotBookers() {
    }

    public static SlotBooker over(EntityManager entityManager, Clock clock, BookingLimits limits, HoldLimits holds,
                                  AvailabilityCache availabilityCache) {
        return new SlotBooker(new CallerAccounts(new JpaAccountRepository(entityManager)),
                new JpaSessionTypeRepository(entityManager), new JpaScheduleOwnerRepository(entityManager),
                new JpaAvailabilityRepository(entityManager), new JpaBookingRepository(entityManager),
                availabilityCache, clock, limits, holds);
    }
}
