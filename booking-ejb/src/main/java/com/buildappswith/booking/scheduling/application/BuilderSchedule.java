package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.scheduling.model.Agenda;
import com.buildappswith.booking.scheduling.model.AvailabilityException;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.TimeOff;
import com.buildappswith.booking.scheduling.model.WeeklyAvailability;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import com.buildappswith.booking.shared.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A builder manages their own session types and hours and looks at their own calendar. Every method acts on the
 * caller's builder profile, found from the signed-in account; an id that belongs to another builder is refused,
 * so no builder can read or change another's schedule through this facade.
 */
@Stateless
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
@RolesAllowed(Roles.BUILDER)
public class BuilderSchedule {

    private static final Logger LOG = Logger.getLogger(BuilderSchedule.class.getName());
    /** The calendar shows at most this many days at once, so one request cannot ask for years. */
    public static final int MAX_CALENDAR_DAYS = 62;
    private static final List<BookingStatus> SHOWN_BOOKINGS = List.of(BookingStatus.HELD, BookingStatus.CONFIRMED,
            BookingStatus.COMPLETED, BookingStatus.NO_SHOW);

    @Inject
    private EntityManager entityManager;

    @Inject
    private CallerAccounts callers;

    @Resource
    private SessionContext context;

    public List<OwnSessionTypeView> sessionTypes() {
        return entityManager.createQuery("""
                        select t from SessionType t where t.builder = :builder
                        order by t.active desc, t.durationMinutes, t.name, t.id""", SessionType.class)
                .setParameter("builder", me())
                .getResultStream()
                .map(OwnSessionTypeView::of)
                .toList();
    }

    public OwnSessionTypeView offer(SessionTypeDraft draft) {
        BuilderProfile me = me();
        SessionType type = checked(() -> {
            SessionType created = new SessionType(me, draft.name(), draft.description(), draft.rules().duration(),
                    draft.price().orElse(null));
            return revised(created, draft);
        });
        entityManager.persist(type);
        entityManager.flush();
        LOG.info(() -> "Builder " + me.id() + " offers session type " + type.id());
        return OwnSessionTypeView.of(type);
    }

    public OwnSessionTypeView revise(long sessionTypeId, SessionTypeDraft draft) {
        SessionType type = ownSessionType(sessionTypeId);
        return OwnSessionTypeView.of(checked(() -> revised(type, draft)));
    }

    /** Offers a type again or stops offering it; its bookings stay either way. */
    public OwnSessionTypeView changeActive(long sessionTypeId, boolean active) {
        SessionType type = ownSessionType(sessionTypeId);
        if (active) {
            type.activate();
        } else {
            type.deactivate();
        }
        return OwnSessionTypeView.of(type);
    }

    public OwnAvailabilityView availability() {
        return availabilityOf(me());
    }

    public OwnAvailabilityView addWeeklyHours(WeeklyRange range) {
        BuilderProfile me = meChangingAvailability();
        entityManager.persist(new WeeklyAvailability(me, range));
        return availabilityOf(me);
    }

    public OwnAvailabilityView removeWeeklyHours(long weeklyHoursId) {
        WeeklyAvailability hours = Optional.ofNullable(entityManager.find(WeeklyAvailability.class, weeklyHoursId))
                .orElseThrow(() -> new InvalidScheduleException("These weekly hours no longer exist."));
        BuilderProfile me = meChangingAvailability();
        requireOwn(hours.builder(), me);
        entityManager.remove(hours);
        return availabilityOf(me);
    }

    /** On {@code date} the builder works {@code hours} instead of their weekly hours; no hours closes the day. */
    public OwnAvailabilityView overrideDate(LocalDate date, Optional<LocalRange> hours) {
        BuilderProfile me = meChangingAvailability();
        entityManager.persist(AvailabilityException.override(me, date, hours));
        return availabilityOf(me);
    }

    /** Whole days off, first to last inclusive, as the builder's own calendar counts days. */
    public OwnAvailabilityView takeTimeOff(LocalDate first, LocalDate last, String note) {
        BuilderProfile me = meChangingAvailability();
        TimeOff off = checked(() -> TimeOff.wholeDays(first, last, me.timezone()));
        String text = note == null ? "" : note.strip();
        if (text.length() > AvailabilityException.MAX_NOTE) {
            throw new InvalidScheduleException("A note has at most " + AvailabilityException.MAX_NOTE
                    + " characters.");
        }
        entityManager.persist(AvailabilityException.timeOff(me, off, text.isEmpty() ? null : text));
        return availabilityOf(me);
    }

    /** Removes a date override or a stretch of time off. */
    public OwnAvailabilityView removeException(long exceptionId) {
        AvailabilityException exception = Optional.ofNullable(
                        entityManager.find(AvailabilityException.class, exceptionId))
                .orElseThrow(() -> new InvalidScheduleException("This exception no longer exists."));
        BuilderProfile me = meChangingAvailability();
        requireOwn(exception.builder(), me);
        entityManager.remove(exception);
        return availabilityOf(me);
    }

    /**
     * The builder's calendar for their local dates {@code first} to {@code last}: open hours (weekly hours or
     * overrides, minus time off), time off and bookings that took place or will, all in the builder's zone.
     */
    public List<ScheduleEntryView> calendar(LocalDate first, LocalDate last) {
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_CALENDAR_DAYS) {
            throw new InvalidScheduleException("Show between 1 and " + MAX_CALENDAR_DAYS + " days at once.");
        }
        BuilderProfile me = me();
        ZoneId zone = me.timezone();
        Stream<ScheduleEntryView> hours = Agenda.between(Calendars.availabilityOf(entityManager, me), first, last)
                .stream()
                .map(entry -> new ScheduleEntryView(entry.kind() == Agenda.Kind.OPEN
                        ? ScheduleEntryView.Kind.OPEN : ScheduleEntryView.Kind.TIME_OFF,
                        entry.kind() == Agenda.Kind.OPEN ? "Open" : "Time off", entry.start(), entry.end()));
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant until = last.plusDays(1).atStartOfDay(zone).toInstant();
        Stream<ScheduleEntryView> bookings = entityManager.createQuery("""
                        select b from Booking b
                        where b.builder = :builder and b.status in :shown and b.endsAt > :from and b.startsAt < :until
                        """, Booking.class)
                .setParameter("builder", me)
                .setParameter("shown", SHOWN_BOOKINGS)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .map(booking -> new ScheduleEntryView(ScheduleEntryView.Kind.BOOKING,
                        booking.sessionType().name() + " with " + booking.client().displayName() + " ("
                                + booking.status() + ")",
                        booking.startsAt().atZone(zone), booking.endsAt().atZone(zone)));
        return Stream.concat(hours, bookings).sorted(Comparator.comparing(ScheduleEntryView::start)).toList();
    }

    private static SessionType revised(SessionType type, SessionTypeDraft draft) {
        type.describe(draft.name(), draft.description());
        type.changeDuration(draft.rules().duration());
        type.changePrice(draft.price().orElse(null));
        type.scheduleWith(draft.rules());
        if (draft.active()) {
            type.activate();
        } else {
            type.deactivate();
        }
        return type;
    }

    private OwnAvailabilityView availabilityOf(BuilderProfile builder) {
        entityManager.flush();
        List<OwnAvailabilityView.Weekly> weekly = entityManager.createQuery("""
                        select w from WeeklyAvailability w where w.builder = :builder""", WeeklyAvailability.class)
                .setParameter("builder", builder)
                .getResultStream()
                .map(OwnAvailabilityView.Weekly::of)
                .sorted(Comparator.comparing(OwnAvailabilityView.Weekly::day)
                        .thenComparing(OwnAvailabilityView.Weekly::start))
                .toList();
        List<AvailabilityException> exceptions = entityManager.createQuery("""
                        select e from AvailabilityException e where e.builder = :builder""",
                        AvailabilityException.class)
                .setParameter("builder", builder)
                .getResultList();
        return new OwnAvailabilityView(builder.timezone(), weekly,
                exceptions.stream().filter(e -> e.kind() == AvailabilityException.Kind.OVERRIDE)
                        .map(OwnAvailabilityView.DateHours::of)
                        .sorted(Comparator.comparing(OwnAvailabilityView.DateHours::date))
                        .toList(),
                exceptions.stream().filter(e -> e.kind() == AvailabilityException.Kind.TIME_OFF)
                        .map(e -> OwnAvailabilityView.Off.of(e, builder.timezone()))
                        .sorted(Comparator.comparing(OwnAvailabilityView.Off::start))
                        .toList());
    }

    private SessionType ownSessionType(long sessionTypeId) {
        SessionType type = Optional.ofNullable(entityManager.find(SessionType.class, sessionTypeId))
                .orElseThrow(() -> new InvalidScheduleException("No such session type."));
        requireOwn(type.builder(), me());
        return type;
    }

    private static void requireOwn(BuilderProfile owner, BuilderProfile me) {
        if (!owner.id().equals(me.id())) {
            throw new AccessDeniedException("You can only change your own schedule.");
        }
    }

    /** The model refuses a broken rule with IllegalArgumentException; the builder gets its message. */
    private static <T> T checked(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidScheduleException(e.getMessage());
        }
    }

    /** The caller's own builder profile, about to change its hours or exceptions. */
    private BuilderProfile meChangingAvailability() {
        BuilderProfile me = me();
        Calendars.changingAvailabilityOf(entityManager, me);
        return me;
    }

    /** The caller's own builder profile; the principal name is the account's normalized email. */
    private BuilderProfile me() {
        Account caller = callers.requireCaller(context);
        return entityManager.createQuery("select b from BuilderProfile b where b.account = :account",
                        BuilderProfile.class)
                .setParameter("account", caller)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Your builder profile was not found."));
    }
}
