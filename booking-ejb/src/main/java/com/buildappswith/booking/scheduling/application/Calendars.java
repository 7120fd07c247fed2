package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.AvailabilityException;
import com.buildappswith.booking.scheduling.model.BusyInterval;
import com.buildappswith.booking.scheduling.model.DateOverride;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.OccupiedTime;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.scheduling.model.TimeOff;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Loads what the slot engine needs about one builder: their availability and their bookings in a window. */
final class Calendars {

    /**
     * The statuses that occupy a slot, HELD and CONFIRMED, written into the query: given as a list parameter, they
     * would make EclipseLink rewrite the query's SQL on every execution.
     */
    static final String OCCUPYING_STATUSES = "(com.buildappswith.booking.scheduling.model.BookingStatus.HELD, "
            + "com.buildappswith.booking.scheduling.model.BookingStatus.CONFIRMED)";

    private Calendars() {
    }

    /**
     * To be called before a builder's hours or exceptions change: takes the builder's row lock, so that the change
     * and the bookings in progress with this builder wait for each other, and raises the builder's version when the
     * change commits, which tells the {@link AvailabilityCache} of every node that what it remembers is stale.
     */
    static void changingAvailabilityOf(EntityManager entityManager, BuilderProfile builder) {
        entityManager.lock(builder, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /**
     * The weekly hours are read as values, not entities: a booking reads them under the builder's lock, and
     * entities would each be copied for change tracking and compared again when the booking commits.
     */
    static Availability availabilityOf(EntityManager entityManager, BuilderProfile builder) {
        List<WeeklyRange> weekly = entityManager.createQuery("""
                        select new com.buildappswith.booking.scheduling.model.WeeklyRange(
                            w.dayOfWeek, w.start, w.end, w.validFrom, w.validUntil)
                        from WeeklyAvailability w where w.builder = :builder""", WeeklyRange.class)
                .setParameter("builder", builder)
                .getResultList();
        List<AvailabilityException> exceptions = entityManager.createQuery(
                        "select e from AvailabilityException e where e.builder = :builder", AvailabilityException.class)
                .setParameter("builder", builder)
                .getResultList();
        Map<LocalDate, List<LocalRange>> overrides = new TreeMap<>();
        exceptions.stream().filter(e -> e.kind() == AvailabilityException.Kind.OVERRIDE).forEach(e -> {
            List<LocalRange> hours = overrides.computeIfAbsent(e.overrideDate(), date -> new ArrayList<>());
            e.hours().ifPresent(hours::add);
        });
        return new Availability(builder.timezone(),
                weekly,
                overrides.entrySet().stream().map(day -> new DateOverride(day.getKey(), day.getValue())).toList(),
                exceptions.stream().filter(e -> e.kind() == AvailabilityException.Kind.TIME_OFF)
                        .map(AvailabilityException::timeOff).toList());
    }

    /**
     * No booking occupies more than its longest session plus two of the longest buffers, so one that touches the
     * window starts after {@code from} minus that: the lower bound lets the (builder, occupied_from) index skip a
     * builder's history instead of scanning it.
     */
    private static final Duration LONGEST_OCCUPANCY =
            SessionType.LONGEST.plus(SlotRules.LONGEST_BUFFER.multipliedBy(2));

    /** The builder's busy intervals in the window, as seen when searching {@code searched}, at {@code now}. */
    static List<BusyInterval> busy(EntityManager entityManager, BuilderProfile builder, SessionType searched,
                                   Instant from, Instant until, Instant now) {
        return busy(occupied(entityManager, builder, searched, from, until), now);
    }

    static List<BusyInterval> busy(List<OccupiedTime> occupied, Instant now) {
        return occupied.stream()
                .filter(time -> time.occupiesSlotAt(now))
                .map(OccupiedTime::asBusy)
                .toList();
    }

    /**
     * The builder's active bookings that touch the window, lapsed holds included, each marked whether it is of the
     * session type in question. Comparing the type here, rather than selecting its id, spares a join per row
     * (EclipseLink reads {@code b.sessionType.id} through the session type's table).
     */
    static List<OccupiedTime> occupied(EntityManager entityManager, BuilderProfile builder, SessionType type,
                                       Instant from, Instant until) {
        return entityManager.createQuery("""
                        select new com.buildappswith.booking.scheduling.model.OccupiedTime(
                            b.id, b.startsAt, b.endsAt, b.occupiedFrom, b.occupiedUntil,
                            case when b.sessionType = :type then true else false end, b.status, b.holdExpiresAt)
                        from Booking b
                        where b.builder = :builder
                          and b.occupiedFrom > :earliest and b.occupiedFrom < :until and b.occupiedUntil > :from
                          and b.status in\s""" + OCCUPYING_STATUSES, OccupiedTime.class)
                .setParameter("type", type)
                .setParameter("builder", builder)
                .setParameter("earliest", from.minus(LONGEST_OCCUPANCY))
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    static Optional<SessionType> activeType(EntityManager entityManager, long sessionTypeId) {
        return entityManager.createNamedQuery(SessionType.WITH_BUILDER, SessionType.class)
                .setParameter("id", sessionTypeId)
                .getResultStream()
                .findFirst()
                .filter(SessionType::isActive)
                .filter(type -> type.builder().isListed());
    }
}
