package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.infrastructure.JpaAccountRepository;
import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.OccupiedTime;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotFinder;
import com.buildappswith.booking.scheduling.model.SlotRefusal;
import com.buildappswith.booking.scheduling.model.TimeWindow;
import com.buildappswith.booking.shared.persistence.DatabaseUnavailableException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Books one slot inside the caller's transaction, so that none is ever sold beyond its capacity on however many
 * nodes: it locks the client's row and then the builder's row in the database (always in that order, so two
 * bookings cannot deadlock), checks the client's limits under the first lock and the slot under the second, and
 * writes the booking with its audit event. On PostgreSQL an exclusion constraint keeps one-client bookings apart
 * even if this code were wrong.
 * <p>
 * Plain Java over an {@link EntityManager} whose transaction someone else owns: {@link BookingService} in the
 * server (JTA), the booking-write benchmark outside it (a resource-local transaction), so both run this same code.
 */
public final class SlotBooker {

    private static final String NOT_OFFERED = "No such session type is offered.";

    private final EntityManager entityManager;
    private final CallerAccounts callers;
    private final Clock clock;
    private final BookingLimits limits;
    private final AvailabilityCache availabilityCache;

    public SlotBooker(EntityManager entityManager, Clock clock, BookingLimits limits,
                      AvailabilityCache availabilityCache) {
        this.entityManager = Objects.requireNonNull(entityManager, "An entity manager is required.");
        this.callers = new CallerAccounts(new JpaAccountRepository(entityManager));
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
        this.limits = Objects.requireNonNull(limits, "Booking limits are required.");
        this.availabilityCache = Objects.requireNonNull(availabilityCache, "An availability cache is required.");
    }

    /**
     * Books the slot for the account signed in as {@code principalName}, or refuses with the reason.
     *
     * @throws BookingRefusedException when the slot or the limits do not allow it; nothing is written then
     */
    public BookingView book(String principalName, BookingRequest request) {
        String purpose = bounded("purpose", request.purpose(), Booking.MAX_PURPOSE, true);
        String notes = bounded("notes", request.notes(), Booking.MAX_NOTES, false);
        // Everything is written at the end and flushed there; flushing before each query (AUTO) would only compare
        // every entity read so far with its copy, again and again, to find nothing.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        Account client = callers.lockActive(principalName);
        SessionType type = Calendars.activeType(entityManager, request.sessionTypeId())
                .orElseThrow(() -> new BookingRefusedException(NOT_OFFERED, false));
        BuilderProfile builder = type.builder();
        // The client's own bookings change only under the client's lock, held already, so their limits are checked
        // before the builder's lock is taken: every booking with this builder waits for that one.
        checkLimits(client, builder, clock.instant());
        Availability availability = lockBuilder(builder);
        Instant now = clock.instant();

        Instant start = request.start();
        TimeWindow window = SlotFinder.decidingWindow(type.slotRules(), builder.timezone(), start);
        List<OccupiedTime> occupied = Calendars.occupied(entityManager, builder, type, window.from(),
                window.until());
        new SlotFinder(clock).refusalFor(type.slotRules(), availability, Calendars.busy(occupied, now), start)
                .ifPresent(refusal -> {
                    throw new BookingRefusedException(refusal.message(),
                            refusal == SlotRefusal.TAKEN || refusal == SlotRefusal.DAY_FULL);
                });
        expireLapsedHolds(occupied, now);

        Booking booking = new Booking(type, client, start, request.clientTimezone(), purpose, notes, now);
        entityManager.persist(booking);
        entityManager.persist(booking.created(client.principalName()));
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            // The exclusion constraint refused an overlap that a concurrent booking won, unless the database went.
            throw DatabaseUnavailableException.behind(e).<RuntimeException>map(unavailable -> unavailable)
                    .orElseGet(() -> new BookingRefusedException(SlotRefusal.TAKEN.message(), true));
        }
        return BookingView.of(booking);
    }

    /**
     * Takes the builder's row lock, which every booking with this builder waits for, and returns the builder's
     * availability as it stands under that lock. A plain row lock that reads only the version: the profile read with
     * the session type is read again only if it changed since (unlisted, or moved to another timezone, say).
     */
    private Availability lockBuilder(BuilderProfile builder) {
        long version = ((Number) entityManager.createNamedQuery(BuilderProfile.LOCK)
                .setParameter(1, builder.id())
                .getSingleResult()).longValue();
        if (version != builder.version()) {
            entityManager.refresh(builder);
            if (!builder.isListed()) {
                throw new BookingRefusedException(NOT_OFFERED, false);
            }
        }
        return availabilityCache.availability(builder.id(), version,
                () -> Calendars.availabilityOf(entityManager, builder));
    }

    private void checkLimits(Account client, BuilderProfile builder, Instant now) {
        // Whether each booking is with this builder is compared here: selecting b.builder.id would join the
        // builder's table on every row.
        List<Object[]> upcoming = entityManager.createQuery("""
                        select case when b.builder = :builder then true else false end, b.status, b.holdExpiresAt
                        from Booking b
                        where b.client = :client and b.startsAt > :now
                          and b.status in\s""" + Calendars.OCCUPYING_STATUSES, Object[].class)
                .setParameter("builder", builder)
                .setParameter("client", client)
                .setParameter("now", now)
                .getResultStream()
                .filter(row -> ((BookingStatus) row[1]).occupiesSlotAt(now, (Instant) row[2]))
                .toList();
        int withBuilder = (int) upcoming.stream().filter(row -> Boolean.TRUE.equals(row[0])).count();
        limits.refusalFor(upcoming.size(), withBuilder).ifPresent(refusal -> {
            throw new BookingRefusedException(refusal.message(), true);
        });
    }

    /**
     * A hold past its expiry no longer occupies its slot, but its row still says HELD, and the exclusion constraint
     * would refuse the new booking beside it; the neighbours that could clash are exactly the ones loaded for the
     * slot check (the deciding window), so only those are marked EXPIRED here (the deadlines job marks the rest).
     */
    private void expireLapsedHolds(List<OccupiedTime> occupied, Instant now) {
        occupied.stream()
                .filter(time -> time.isLapsedHoldAt(now))
                .map(time -> entityManager.find(Booking.class, time.bookingId()))
                .forEach(lapsed -> entityManager.persist(
                        lapsed.moveTo(BookingStatus.EXPIRED, "system", "payment not completed in time", now)));
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
