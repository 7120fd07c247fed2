package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.AvailabilityException;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.BusyInterval;
import com.buildappswith.booking.scheduling.model.DateOverride;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.TimeOff;
import com.buildappswith.booking.scheduling.model.WeeklyAvailability;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Loads what the slot engine needs about one builder: their availability and their bookings in a window. */
final class Calendars {

    private Calendars() {
    }

    static Availability availabilityOf(EntityManager entityManager, BuilderProfile builder) {
        List<WeeklyAvailability> weekly = entityManager.createQuery(
                        "select w from WeeklyAvailability w where w.builder = :builder", WeeklyAvailability.class)
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
                weekly.stream().map(WeeklyAvailability::toRange).toList(),
                overrides.entrySet().stream().map(day -> new DateOverride(day.getKey(), day.getValue())).toList(),
                exceptions.stream().filter(e -> e.kind() == AvailabilityException.Kind.TIME_OFF)
                        .map(AvailabilityException::timeOff).toList());
    }

    /** Bookings of the builder that hold their slot at {@code now} and touch the window. */
    static List<Booking> occupying(EntityManager entityManager, BuilderProfile builder, Instant from, Instant until,
                                   Instant now) {
        return entityManager.createQuery("""
                        select b from Booking b
                        where b.builder = :builder and b.status in :active
                          and b.occupiedUntil > :from and b.occupiedFrom < :until""", Booking.class)
                .setParameter("builder", builder)
                .setParameter("active", List.of(BookingStatus.HELD, BookingStatus.CONFIRMED))
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .filter(booking -> booking.occupiesSlotAt(now))
                .toList();
    }

    static List<BusyInterval> busy(List<Booking> bookings, SessionType searched) {
        return bookings.stream().map(booking -> booking.asBusy(searched)).toList();
    }

    static Optional<SessionType> activeType(EntityManager entityManager, long sessionTypeId) {
        return Optional.ofNullable(entityManager.find(SessionType.class, sessionTypeId))
                .filter(SessionType::isActive)
                .filter(type -> type.builder().isListed());
    }
}
