package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.scheduling.model.Agenda;
import com.buildappswith.booking.scheduling.model.AvailabilityRepository;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.shared.CalendarRange;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A builder looks at their own calendar: when they are open, when they are off, and what is booked. */
@Stateless
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
@RolesAllowed(Roles.BUILDER)
public class BuilderCalendar {

    /** The calendar shows at most this many days at once, so one request cannot ask for years. */
    public static final int MAX_CALENDAR_DAYS = 62;

    @Inject
    private AvailabilityRepository availabilities;

    @Inject
    private BookingRepository bookings;

    @Inject
    private CallerBuilders builders;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * The caller's calendar for their local dates {@code first} to {@code last}: open hours (weekly hours or
     * overrides, minus time off), time off and bookings that took place or will, by start, in the builder's zone.
     */
    public List<ScheduleEntryView> calendar(LocalDate first, LocalDate last) {
        CalendarRange.check("first date", first);
        CalendarRange.check("last date", last);
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_CALENDAR_DAYS) {
            throw new InvalidScheduleException("Show between 1 and " + MAX_CALENDAR_DAYS + " days at once.");
        }
        BuilderProfile me = builders.requireBuilder(context);
        ZoneId zone = me.timezone();
        Stream<ScheduleEntryView> hours = Agenda.between(availabilities.of(me).availability(), first, last).stream()
                .map(ScheduleEntryView::of);
        Stream<ScheduleEntryView> booked = bookings.onCalendarOf(me, first.atStartOfDay(zone).toInstant(),
                        last.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(booking -> ScheduleEntryView.of(booking, zone, clock.instant()));
        return Stream.concat(hours, booked).sorted(Comparator.comparing(ScheduleEntryView::start)).toList();
    }
}
