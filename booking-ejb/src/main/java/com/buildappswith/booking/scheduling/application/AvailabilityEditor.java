package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.scheduling.model.AvailabilityException;
import com.buildappswith.booking.scheduling.model.AvailabilityRepository;
import com.buildappswith.booking.scheduling.model.DateOverride;
import com.buildappswith.booking.scheduling.model.DateOverrideChange;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.TimeOff;
import com.buildappswith.booking.scheduling.model.WeeklyAvailability;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * A builder edits their own hours: weekly hours, dates with other hours, and time off. Every change takes the
 * builder's row lock first, so it and the bookings in progress with this builder wait for each other, and raises
 * the builder's version, which every node's availability cache notices. Each method answers with the hours as they
 * now stand; an entry of another builder is refused.
 */
@Stateless
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
@RolesAllowed(Roles.BUILDER)
public class AvailabilityEditor {

    @Inject
    private AvailabilityRepository availabilities;

    @Inject
    private ScheduleOwnerRepository owners;

    @Inject
    private CallerBuilders builders;

    @Resource
    private SessionContext context;

    public OwnAvailabilityView availability() {
        return availabilityOf(builders.requireBuilder(context));
    }

    public OwnAvailabilityView addWeeklyHours(WeeklyRange range) {
        BuilderProfile me = meChangingHours();
        availabilities.add(new WeeklyAvailability(me, range));
        return availabilityOf(me);
    }

    public OwnAvailabilityView removeWeeklyHours(long weeklyHoursId) {
        WeeklyAvailability hours = availabilities.weeklyHours(weeklyHoursId)
                .orElseThrow(() -> new InvalidScheduleException("These weekly hours no longer exist."));
        BuilderProfile me = meChangingHours();
        CallerBuilders.requireOwn(hours.builder(), me);
        availabilities.remove(hours);
        return availabilityOf(me);
    }

    /**
     * On the override's date the builder works its hours instead of their weekly hours, or not at all when it has
     * none; whatever was saved for that date before is replaced.
     */
    public OwnAvailabilityView overrideDate(DateOverride override) {
        BuilderProfile me = meChangingHours();
        DateOverrideChange change = availabilities.of(me).override(me, override);
        change.replaced().forEach(availabilities::remove);
        change.added().forEach(availabilities::add);
        return availabilityOf(me);
    }

    /** Whole days off, first to last inclusive, as the builder's own calendar counts days. */
    public OwnAvailabilityView takeTimeOff(LocalDate first, LocalDate last, String note) {
        BuilderProfile me = meChangingHours();
        availabilities.add(InvalidScheduleException.checked(
                () -> AvailabilityException.timeOff(me, TimeOff.wholeDays(first, last, me.timezone()), note)));
        return availabilityOf(me);
    }

    /** Removes a date override or a stretch of time off. */
    public OwnAvailabilityView removeException(long exceptionId) {
        AvailabilityException exception = availabilities.exception(exceptionId)
                .orElseThrow(() -> new InvalidScheduleException("This exception no longer exists."));
        BuilderProfile me = meChangingHours();
        CallerBuilders.requireOwn(exception.builder(), me);
        availabilities.remove(exception);
        return availabilityOf(me);
    }

    private OwnAvailabilityView availabilityOf(BuilderProfile builder) {
        return OwnAvailabilityView.of(availabilities.of(builder));
    }

    private BuilderProfile meChangingHours() {
        BuilderProfile me = builders.requireBuilder(context);
        owners.lockForChangeOfHours(me);
        return me;
    }
}
