package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.Accounts;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
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
 * bookings cannot deadlock), re-checks the slot and the limits under those locks, and writes the booking with its
 * audit event. On PostgreSQL an exclusion constraint keeps one-client bookings apart even if this code were wrong.
 * <p>
 * Plain Java over an {@link EntityManager} whose transaction someone else owns: {@link BookingService} in the
 * server (JTA), the booking-write benchmark outside it (a resource-local transaction), so both run this same code.
 */
public final class SlotBooker {

    private final EntityManager entityManager;
    private final Clock clock;
    private final BookingLimits limits;

    public SlotBooker(EntityManager entityManager, Clock clock, BookingLimits limits) {
        this.entityManager = Objects.requireNonNull(entityManager, "An entity manager is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
        this.limits = Objects.requireNonNull(limits, "Booking limits are required.");
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
        Account client = Accounts.lockActive(entityManager, principalName);
        SessionType type = Calendars.activeType(entityManager, request.sessionTypeId())
                .orElseThrow(() -> new BookingRefusedException("No such session type is offered.", false));
        BuilderProfile builder = type.builder();
        lockBuilder(builder);
        Instant now = clock.instant();
        checkLimits(client, builder, now);

        Instant start = request.start();
        TimeWindow window = SlotFinder.decidingWindow(type.slotRules(), builder.timezone(), start);
        List<OccupiedTime> occupied = Calendars.occupied(entityManager, builder, type, window.from(),
                window.until());
        new SlotFinder(clock).refusalFor(type.slotRules(), Calendars.availabilityOf(entityManager, builder),
                        Calendars.busy(occupied, now), start)
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
     * Takes the builder's row lock, which every booking with this builder waits for: a plain row lock, because the
     * profile itself is not needed again (re-reading it as an entity under the lock would rebuild it).
     */
    private void lockBuilder(BuilderProfile builder) {
        entityManager.createNamedQuery(BuilderProfile.LOCK)
                .setParameter(1, builder.id())
                .getSingleResult();
    }

    private void checkLimits(Account client, BuilderProfile builder, Instant now) {
        // Whether each booking is with this builder is compared here: selecting b.builder.id would join the
        // builder's table on every row.
        List<Object[]> upcoming = entityManager.createQuery("""
                        select case when b.builder = :builder then true else false end, b.status, b.holdExpiresAt
                        from Booking b
                        where b.client = :client and b.status in :active and b.startsAt > :now""", Object[].class)
                .setParameter("builder", builder)
                .setParameter("client", client)
                .setParameter("active", List.of(BookingStatus.HELD, BookingStatus.CONFIRMED))
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
