package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.shared.Page;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every booking query of the application. The queries of the booking transaction read values, not entities, and
 * name the occupying statuses in their text, so EclipseLink prepares each once and builds no entity it would then
 * track.
 */
public interface BookingRepository {

    /**
     * From now to the end of the transaction, changes are written when it commits (or by {@link #add}) instead of
     * before each query, where the check would compare every entity read so far with its copy, only to find nothing.
     */
    void writeAtCommit();

    /**
     * Writes the changes made so far now: the database checks each row as it is written, in an order of its own
     * choosing (by id within a table), so a change that makes room must be written before the change that uses it.
     *
     * @throws com.buildappswith.booking.shared.DomainException when another transaction changed a row meanwhile
     */
    void writeNow();

    Optional<Booking> byId(long bookingId);

    /** The outlines of the bookings of those ids that exist, in one query however many. */
    List<BookingOutline> outlinesOf(Collection<Long> bookingIds);

    /**
     * The builder's HELD and CONFIRMED bookings that occupy time in {@code [from, until)}, lapsed holds included,
     * each marked whether it is of {@code type}.
     */
    List<OccupiedTime> occupied(BuilderProfile builder, SessionType type, Instant from, Instant until);

    /** The client's HELD and CONFIRMED bookings that end after {@code now}, marked whether with {@code builder}. */
    List<UpcomingBooking> upcomingOf(Account client, BuilderProfile builder, Instant now);

    /**
     * The same as {@link #upcomingOf} without {@code moving}: what the limits see when that booking moves to another
     * time, since it then no longer takes its old one.
     */
    List<UpcomingBooking> upcomingOfOtherThan(Booking moving, Account client, BuilderProfile builder, Instant now);

    /**
     * One page of the client's bookings still to come or under way at {@code now} (CONFIRMED, or HELD with the hold
     * not lapsed, and not ended), soonest first, with how many there are in all.
     */
    Page<Booking> upcomingOfClient(Account client, Instant now, int offset, int limit);

    /** One page of the client's other bookings (ended, closed, or a lapsed hold), latest start first. */
    Page<Booking> pastOfClient(Account client, Instant now, int offset, int limit);

    /** The ids of the builders the client booked, the latest booked first, at most {@code max}. */
    List<Long> buildersBookedBy(Account client, int max);

    /** One page of the bookings that {@code search} finds, in its order, with how many it finds in all. */
    Page<Booking> search(BookingSearch search, int offset, int limit);

    /**
     * When the client's holds on one slot ({@code type} at {@code start}) lapse or lapsed: their HELD and EXPIRED
     * bookings of it, for the cool-down of {@link HoldLimits}.
     */
    List<Instant> holdExpiriesOf(Account client, SessionType type, Instant start);

    /** The client's bookings, in any status, that start in {@code [from, until)}, earliest first. */
    List<Booking> ofClientStartingBetween(Account client, Instant from, Instant until);

    /** The builder's bookings that took place or will (HELD, CONFIRMED, COMPLETED, NO_SHOW) and meet the window. */
    List<BookedTime> onCalendarOf(BuilderProfile builder, Instant from, Instant until);

    /**
     * Writes a new booking and the event that records it, at once.
     *
     * @return false when the database refused it as taken (on PostgreSQL, an exclusion constraint does when a
     *         booking that a concurrent transaction wrote first overlaps it); the transaction can then only roll back
     * @throws com.buildappswith.booking.shared.DomainException for every other refusal of the database, with the
     *         answer {@link com.buildappswith.booking.shared.persistence.DatabaseFailure} gives it (changed at the
     *         same moment, a broken rule, busy, or gone)
     */
    boolean add(Booking booking, BookingEvent created);

    /** The request the client made earlier under {@code key}, if it made a booking and is still remembered. */
    Optional<KeyedRequest> byIdempotencyKey(Account client, IdempotencyKey key);

    /**
     * Remembers, in the booking's transaction, that the client's request under {@code key} (of which
     * {@code fingerprint}) made {@code booking} at {@code at}; {@code booking} is written already.
     */
    void rememberIdempotencyKey(Account client, IdempotencyKey key, String fingerprint, Booking booking, Instant at);

    /** Deletes up to {@code atMost} of the keys remembered since before {@code before}, oldest first; how many. */
    int forgetIdempotencyKeys(Instant before, int atMost);

    /** The booking's history: every event recorded for it, oldest first. */
    List<BookingEvent> eventsOf(Booking booking);

    /** Reads the booking again from the database, as it stands under the locks this transaction now holds. */
    void refresh(Booking booking);

    /** The ids of up to {@code limit} HELD bookings whose hold lapsed before {@code now}, earliest lapsed first. */
    List<Long> lapsedHolds(Instant now, int limit);

    /**
     * Records a booking's move to another time with its event, and writes both at once.
     *
     * @return false when the database refused the new time as taken (on PostgreSQL, the exclusion constraint, when a
     *         booking that a concurrent transaction wrote first overlaps it); the transaction can then only roll back
     */
    boolean recordMove(BookingEvent move);

    /** Records a change of an existing booking's status. */
    void record(BookingEvent change);
}
