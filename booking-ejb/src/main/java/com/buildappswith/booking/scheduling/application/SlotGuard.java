package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.AvailabilityRepository;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.OccupiedTime;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;
import com.buildappswith.booking.scheduling.model.SlotFinder;
import com.buildappswith.booking.scheduling.model.TimeWindow;
import com.buildappswith.booking.scheduling.model.UpcomingBooking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks that put a session on a builder's calendar, shared by a new booking ({@link SlotBooker}) and a booking
 * moved to another time ({@link BookingManager}), so that both keep the same guarantees: the client's limits under
 * the client's row lock, then the builder's row lock, and the slot checked against the builder's hours and the
 * bookings that occupy time under it. Inside the caller's transaction.
 */
final class SlotGuard {

    static final String NOT_OFFERED = "No such session type is offered.";
    private static final String TYPE_CHANGED =
            "The builder changed this session type a moment ago: look at its details and times again.";

    private final SessionTypeRepository sessionTypes;
    private final ScheduleOwnerRepository owners;
    private final AvailabilityRepository availabilities;
    private final BookingRepository bookings;
    private final AvailabilityCache availabilityCache;
    private final Clock clock;

    SlotGuard(SessionTypeRepository sessionTypes, ScheduleOwnerRepository owners,
              AvailabilityRepository availabilities, BookingRepository bookings, AvailabilityCache availabilityCache,
              Clock clock) {
        this.sessionTypes = Objects.requireNonNull(sessionTypes, "A session type repository is required.");
        this.owners = Objects.requireNonNull(owners, "A schedule owner repository is required.");
        this.availabilities = Objects.requireNonNull(availabilities, "An availability repository is required.");
        this.bookings = Objects.requireNonNull(bookings, "A booking repository is required.");
        this.availabilityCache = Objects.requireNonNull(availabilityCache, "An availability cache is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    /**
     * Refuses a session from {@code start} to {@code end} that the client's other active bookings (read under the
     * client's lock, held already) do not leave room for.
     */
    static void requireWithinLimits(BookingLimits limits, List<UpcomingBooking> upcoming, Instant start, Instant end,
                                    Instant now) {
        limits.refusalFor(upcoming, start, end, now).ifPresent(refusal -> {
            throw new BookingRefusedException(refusal.message(), refusal.isUsedUp());
        });
    }

    /**
     * Takes the builder's row lock, which every booking with this builder waits for, and returns the builder's
     * availability as it stands under that lock. The profile was read again if it changed since it was read with
     * the session type (unlisted, or moved to another timezone, say); a change of the type itself also raises the
     * builder's version, under the same lock, so the type is read again then too, and a booking is never made
     * against a type as it was before a change that committed first.
     */
    Availability lockBuilder(SessionType type) {
        BuilderProfile builder = type.builder();
        long versionReadWithType = builder.version();
        long version = owners.lockForBooking(builder);
        if (!builder.isListed()) {
            throw new BookingRefusedException(NOT_OFFERED, false);
        }
        if (version != versionReadWithType) {
            requireUnchanged(type);
        }
        return availabilityCache.availability(builder.id(), version, () -> availabilities.of(builder).availability());
    }

    /**
     * Refuses the booking if its type was switched off or changed (its length, capacity, limits or price) since it
     * was read: the limits were checked, and the client chose, against the type as it was.
     */
    private void requireUnchanged(SessionType type) {
        long versionRead = type.version();
        sessionTypes.refresh(type);
        if (!type.isBookable()) {
            throw new BookingRefusedException(NOT_OFFERED, false);
        }
        if (type.version() != versionRead) {
            throw new BookingRefusedException(TYPE_CHANGED, true);
        }
    }

    /**
     * Under the builder's lock: refuses {@code start} unless the slot engine would offer it now, counting every
     * booking that occupies time but {@code moving} (a booking that moves no longer takes its old time), and then
     * marks the lapsed holds beside it EXPIRED (see {@link #expireLapsedHolds}).
     */
    void requireFree(SessionType type, Availability availability, Instant start, Optional<Long> moving) {
        Instant now = clock.instant();
        TimeWindow window = SlotFinder.decidingWindow(type.slotRules(), type.builder().timezone(), start);
        List<OccupiedTime> occupied = bookings.occupied(type.builder(), type, window.from(), window.until()).stream()
                .filter(time -> moving.filter(time.bookingId()::equals).isEmpty())
                .toList();
        new SlotFinder(clock).refusalFor(type.slotRules(), availability, OccupiedTime.busyAt(occupied, now), start)
                .ifPresent(refusal -> {
                    throw new BookingRefusedException(refusal.message(), refusal.isLostRace());
                });
        expireLapsedHolds(occupied, now);
    }

    /**
     * A hold past its expiry no longer occupies its slot, but its row still says HELD, and the exclusion constraint
     * would refuse the new booking beside it; the neighbours that could clash are exactly the ones loaded for the
     * slot check (the deciding window), so only those are marked EXPIRED here (the deadlines job marks the rest).
     * They are written at once: written with a move at the end, a hold newer than the moving booking would still
     * say HELD when the moved row is checked, and the constraint would refuse a free slot.
     */
    private void expireLapsedHolds(List<OccupiedTime> occupied, Instant now) {
        List<Booking> lapsed = occupied.stream()
                .filter(time -> time.isLapsedHoldAt(now))
                .map(time -> bookings.byId(time.bookingId()).orElseThrow())
                .toList();
        lapsed.forEach(hold -> bookings.record(
                hold.moveTo(BookingStatus.EXPIRED, "system", "payment not completed in time", now)));
        if (!lapsed.isEmpty()) {
            bookings.writeNow();
        }
    }
}
