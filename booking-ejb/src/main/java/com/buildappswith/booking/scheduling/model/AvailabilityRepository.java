package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.BuilderProfile;

import java.util.Optional;

/**
 * Every query of builders' weekly hours and exceptions. Changes are written at once, so that the availability read
 * next in the same transaction shows them; a change must first take the builder's lock
 * ({@link ScheduleOwnerRepository#lockForChangeOfHours}).
 */
public interface AvailabilityRepository {

    /**
     * The builder's availability as stored, in two queries: the weekly hours as values (a booking may read them
     * under the builder's lock, where entities would each be copied for change tracking and compared again at
     * commit), the exceptions as entities.
     */
    StoredAvailability of(BuilderProfile builder);

    Optional<WeeklyAvailability> weeklyHours(long weeklyHoursId);

    Optional<AvailabilityException> exception(long exceptionId);

    void add(WeeklyAvailability hours);

    void add(AvailabilityException exception);

    void remove(WeeklyAvailability hours);

    void remove(AvailabilityException exception);
}
