package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.OccupiedTime;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.SlotFinder;
import com.buildappswith.booking.scheduling.model.SlotRefusal;
import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.scheduling.model.TimeWindow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the payment domain may do to a booking, inside its caller's transaction: read what is to be paid, take the
 * same locks a booking takes (the client's row, then the builder's, as {@link SlotBooker} does, so the two never
 * deadlock), confirm a paid booking (a late payment only if its seat is still free), and let an unpaid hold go.
 * <p>
 * Plain Java over repositories whose transaction someone else owns, like {@link SlotBooker}: the payment facade in
 * the server, the database tests outside it.
 */
public final class BookingSettlement {

    /** The reason recorded when money arrives for a booking whose slot went to someone else meanwhile. */
    public static final String PAID_AFTER_HOLD = "paid after the hold expired";
    public static final String PAID_AFTER_LET_GO = "paid after the client let the hold go";

    private final AccountRepository accounts;
    private final ScheduleOwnerRepository owners;
    private final BookingRepository bookings;
    private final Clock clock;

    public BookingSettlement(AccountRepository accounts, ScheduleOwnerRepository owners, BookingRepository bookings,
                             Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "An account repository is required.");
        this.owners = Objects.requireNonNull(owners, "A schedule owner repository is required.");
        this.bookings = Objects.requireNonNull(bookings, "A booking repository is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    /** The booking as the payment domain sees it; empty when there is none. */
    public Optional<PayableBooking> payable(long bookingId) {
        return bookings.byId(bookingId).map(PayableBooking::of);
    }

    /**
     * Takes the booking's client's row lock and then its builder's, the order every booking takes them in, and
     * returns the booking as it stands under them; empty when there is none.
     */
    public Optional<PayableBooking> lockForPayment(long bookingId) {
        Optional<Booking> found = bookings.byId(bookingId);
        found.ifPresent(booking -> {
            accounts.lock(booking.client());
            owners.lockForBooking(booking.builder());
            bookings.refresh(booking);
        });
        return found.map(PayableBooking::of);
    }

    /**
     * Why a booking whose hold lapsed cannot have its seat back now that it is paid, or empty when it can (the checks
     * of a booking that still apply: not begun, the daily cap, the capacity): then any other lapsed holds in its way
     * are marked EXPIRED, so that confirming it breaks no database constraint. Call
     * only under {@link #lockForPayment}.
     */
    public Optional<SlotRefusal> reclaimSeat(long bookingId) {
        Booking booking = existing(bookingId);
        Instant now = clock.instant();
        SlotRules rules = booking.sessionType().slotRules();
        ZoneId zone = booking.builder().timezone();
        TimeWindow window = SlotFinder.decidingWindow(rules, zone, booking.startsAt());
        List<OccupiedTime> occupied = bookings.occupied(booking.builder(), booking.sessionType(), window.from(),
                        window.until()).stream()
                .filter(time -> !time.bookingId().equals(booking.id()))
                .toList();
        Optional<SlotRefusal> refusal = new SlotFinder(clock).refusalToKeep(rules, zone, booking.occupancy(),
                OccupiedTime.busyAt(occupied, now));
        if (refusal.isEmpty()) {
            occupied.stream()
                    .filter(time -> time.isLapsedHoldAt(now))
                    .map(time -> existing(time.bookingId()))
                    .forEach(lapsed -> bookings.record(
                            lapsed.moveTo(BookingStatus.EXPIRED, "system", "payment not completed in time", now)));
        }
        return refusal;
    }

    /** Confirms a paid booking, HELD or (a late payment whose seat was free) EXPIRED. Call under the locks. */
    public void confirm(long bookingId, String actor, String reason) {
        Booking booking = existing(bookingId);
        bookings.record(booking.moveTo(BookingStatus.CONFIRMED, actor, reason, clock.instant()));
    }

    /** Lets a HELD booking go, freeing its slot; false when it was not HELD (confirmed or gone already). */
    public boolean expire(long bookingId, String actor, String reason) {
        Booking booking = existing(bookingId);
        if (booking.status() != BookingStatus.HELD) {
            return false;
        }
        bookings.record(booking.moveTo(BookingStatus.EXPIRED, actor, reason, clock.instant()));
        return true;
    }

    /**
     * Records that the booking's money arrived when it could no longer take it ({@code reason}: its slot went to
     * someone else, or its client let it go): a HELD booking becomes EXPIRED for that reason, one that is EXPIRED
     * already keeps its status and gains the event.
     */
    public void paidTooLate(long bookingId, String actor, String reason) {
        Booking booking = existing(bookingId);
        Instant now = clock.instant();
        bookings.record(booking.status() == BookingStatus.HELD
                ? booking.moveTo(BookingStatus.EXPIRED, actor, reason, now)
                : booking.note(actor, reason, now));
    }

    /**
     * Whether the booking is EXPIRED because its own client let the hold go (the cancel address, or cancelling it
     * on the dashboard), rather than because the hold lapsed: its timeline says who moved it to EXPIRED.
     */
    public boolean wasLetGoByItsClient(long bookingId) {
        Booking booking = existing(bookingId);
        return booking.status() == BookingStatus.EXPIRED && bookings.eventsOf(booking).stream()
                .anyMatch(event -> event.to() == BookingStatus.EXPIRED
                        && event.actor().equals(booking.client().principalName()));
    }

    /** Up to {@code limit} HELD bookings whose hold has lapsed by now, earliest first. */
    public List<Long> lapsedHolds(int limit) {
        return bookings.lapsedHolds(clock.instant(), limit);
    }

    private Booking existing(long bookingId) {
        return bookings.byId(bookingId)
                .orElseThrow(() -> new IllegalStateException("Booking " + bookingId + " is gone."));
    }
}
