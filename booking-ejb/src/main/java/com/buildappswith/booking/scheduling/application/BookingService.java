package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.Accounts;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.BusyInterval;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotFinder;
import com.buildappswith.booking.scheduling.model.SlotRefusal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Books slots so that none is ever sold beyond its capacity, on however many nodes: the transaction locks the
 * client's row and then the builder's row in the database (always in that order, so two bookings cannot deadlock),
 * re-checks the slot and the limits under those locks, and writes the booking with its audit event. On PostgreSQL
 * an exclusion constraint keeps one-client bookings apart even if this code were wrong.
 */
@Stateless
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
public class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class.getName());
    /** Defaults until the admin console makes them configurable. */
    static final BookingLimits LIMITS = new BookingLimits(10, 3);

    @Inject
    private EntityManager entityManager;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Roles.CLIENT)
    public BookingView bookSlot(BookingRequest request) {
        String purpose = bounded("purpose", request.purpose(), Booking.MAX_PURPOSE, true);
        String notes = bounded("notes", request.notes(), Booking.MAX_NOTES, false);
        Account client = Accounts.lockCaller(entityManager, context);
        SessionType type = Calendars.activeType(entityManager, request.sessionTypeId())
                .orElseThrow(() -> new BookingRefusedException("No such session type is offered.", false));
        BuilderProfile builder = entityManager.find(BuilderProfile.class, type.builder().id(),
                LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        expireLapsedHolds(builder, now);

        checkLimits(client, builder, now);
        Instant start = request.start();
        List<BusyInterval> busy = Calendars.busy(entityManager, builder, type, start.minus(Duration.ofDays(2)),
                start.plus(Duration.ofDays(2)), now);
        new SlotFinder(clock).refusalFor(type.slotRules(), Calendars.availabilityOf(entityManager, builder), busy, start)
                .ifPresent(refusal -> {
                    throw new BookingRefusedException(refusal.message(),
                            refusal == SlotRefusal.TAKEN || refusal == SlotRefusal.DAY_FULL);
                });

        Booking booking = new Booking(type, client, start, request.clientTimezone(), purpose, notes, now);
        entityManager.persist(booking);
        entityManager.persist(booking.created(client.principalName()));
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            throw new BookingRefusedException(SlotRefusal.TAKEN.message(), true);
        }
        LOG.fine(() -> "Booking " + booking.id() + " " + booking.status() + " for builder " + builder.id());
        return BookingView.of(booking);
    }

    @RolesAllowed(Roles.CLIENT)
    public Optional<BookingView> mine(long bookingId) {
        Account client = caller();
        return Optional.ofNullable(entityManager.find(Booking.class, bookingId))
                .filter(booking -> booking.client().id().equals(client.id())
                        || booking.builder().account().id().equals(client.id()))
                .map(BookingView::of);
    }

    /** The caller's own bookings (as client) that start in the window, earliest first. */
    @RolesAllowed(Roles.CLIENT)
    public List<BookingView> mineBetween(Instant from, Instant until) {
        return entityManager.createQuery("""
                        select b from Booking b
                        where b.client = :client and b.startsAt >= :from and b.startsAt < :until
                        order by b.startsAt""", Booking.class)
                .setParameter("client", caller())
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .map(BookingView::of)
                .toList();
    }

    private void checkLimits(Account client, BuilderProfile builder, Instant now) {
        List<Object[]> upcoming = entityManager.createQuery("""
                        select b.builder.id, b.status, b.holdExpiresAt from Booking b
                        where b.client = :client and b.status in :active and b.startsAt > :now""", Object[].class)
                .setParameter("client", client)
                .setParameter("active", List.of(BookingStatus.HELD, BookingStatus.CONFIRMED))
                .setParameter("now", now)
                .getResultStream()
                .filter(row -> ((BookingStatus) row[1]).occupiesSlotAt(now, (Instant) row[2]))
                .toList();
        int withBuilder = (int) upcoming.stream().filter(row -> builder.id().equals(row[0])).count();
        LIMITS.refusalFor(upcoming.size(), withBuilder).ifPresent(refusal -> {
            throw new BookingRefusedException(refusal.message(), true);
        });
    }

    /** A hold past its expiry no longer occupies its slot; marking it here keeps the database in step. */
    private void expireLapsedHolds(BuilderProfile builder, Instant now) {
        entityManager.createQuery("""
                        select b from Booking b
                        where b.builder = :builder and b.status = :held and b.holdExpiresAt <= :now""", Booking.class)
                .setParameter("builder", builder)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", now)
                .getResultList()
                .forEach(lapsed -> entityManager.persist(
                        lapsed.moveTo(BookingStatus.EXPIRED, "system", "payment not completed in time", now)));
    }

    private Account caller() {
        return Accounts.requireCaller(entityManager, context);
    }

    private static String bounded(String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new BookingRefusedException("Say briefly what the session is for (" + field + ").", false);
        }
        if (text.length() > max) {
            throw new BookingRefusedException("The " + field + " must be at most " + max + " characters.", false);
        }
        return text;
    }
}
