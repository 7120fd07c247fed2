package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.AvailabilityRepository;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingConditions;
import com.buildappswith.booking.scheduling.model.BookingEvent;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.IdempotencyKey;
import com.buildappswith.booking.scheduling.model.KeyedRequest;
import com.buildappswith.booking.scheduling.model.LimitRefusal;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;
import com.buildappswith.booking.scheduling.model.SlotRefusal;
import com.buildappswith.booking.scheduling.model.UpcomingBooking;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Books one slot inside the caller's transaction, so that none is ever sold beyond its capacity on however many
 * nodes: it locks the client's row and then the builder's row in the database (always in that order, so two
 * bookings cannot deadlock), checks the client's limits (and, for a paid session, their hold limits) under the
 * first lock and the slot under the second (see {@link SlotGuard}), and writes the booking with its audit event.
 * On PostgreSQL an exclusion constraint keeps one-client bookings apart even if this code were wrong.
 * <p>
 * Plain Java over repositories whose transaction someone else owns: {@link BookingWizard} in the server (JTA), the
 * booking-write benchmark and the database test outside it (a resource-local transaction, repositories over one
 * entity manager), so all run this same code.
 */
public final class SlotBooker {

    /** The message of a key sent again with another request: the client program's mistake, which it must fix. */
    public static final String KEY_REUSED = "This Idempotency-Key was sent before with a different booking request. "
            + "Send a new key with each new request, and the same key only when sending the same request again.";

    private final CallerAccounts callers;
    private final SessionTypeRepository sessionTypes;
    private final ScheduleOwnerRepository owners;
    private final AvailabilityRepository availabilities;
    private final BookingRepository bookings;
    private final AvailabilityCache availabilityCache;
    private final Clock clock;
    private final BookingPolicySource policies;
    private final SlotGuard guard;

    /**
     * @param policies the limits and terms of each booking, read inside its transaction, so that a change an admin
     *                 saved applies to the next booking on every node
     */
    public SlotBooker(CallerAccounts callers, SessionTypeRepository sessionTypes, ScheduleOwnerRepository owners,
                      AvailabilityRepository availabilities, BookingRepository bookings,
                      AvailabilityCache availabilityCache, Clock clock, BookingPolicySource policies) {
        this.callers = Objects.requireNonNull(callers, "Caller accounts are required.");
        this.sessionTypes = Objects.requireNonNull(sessionTypes, "A session type repository is required.");
        this.owners = Objects.requireNonNull(owners, "A schedule owner repository is required.");
        this.availabilities = Objects.requireNonNull(availabilities, "An availability repository is required.");
        this.bookings = Objects.requireNonNull(bookings, "A booking repository is required.");
        this.availabilityCache = Objects.requireNonNull(availabilityCache, "An availability cache is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
        this.policies = Objects.requireNonNull(policies, "A source of booking conditions is required.");
        this.guard = new SlotGuard(sessionTypes, owners, availabilities, bookings, availabilityCache, clock);
    }

    /**
     * Books the slot for the account signed in as {@code principalName}, or refuses with the reason.
     *
     * @throws BookingRefusedException when the slot or the limits do not allow it; nothing is written then
     * @throws TermsChangedException    when the request names terms it was shown and other terms are in force now
     */
    public BookingView book(String principalName, BookingRequest request) {
        Booked booked = place(principalName, request);
        return BookingView.of(booked.booking(), booked.at());
    }

    /**
     * Books the slot as {@link #book} does and answers with the booking as its client reads it on its own (its terms,
     * its history), built in this transaction from what it wrote: reading it back in transactions of their own cost
     * the booking API about a third of its server time. A booking made just now has no payment yet (a paid one's is
     * opened after this transaction) and one event in its history, its creation. A request repeated under its
     * {@link IdempotencyKey} answers with the booking the first one made, as it stands now.
     *
     * @throws BookingRefusedException as {@link #book} does, and when the key came with another request before
     * @throws TermsChangedException    as {@link #book} does
     */
    public NewBooking bookAndShow(String principalName, BookingRequest request) {
        Booked booked = place(principalName, request);
        return new NewBooking(BookingDetails.of(booked.booking(), ViewerRole.CLIENT, booked.client(),
                Optional.empty(), booked.history(), booked.at()), booked.repeated());
    }

    /**
     * A booking of {@code client}, with its history, as of {@code at}: written in this transaction, or written by the
     * first of the requests this one {@code repeated}.
     */
    private record Booked(Booking booking, List<BookingEvent> history, Account client, Instant at, boolean repeated) {
    }

    private Booked place(String principalName, BookingRequest request) {
        String purpose = bounded("purpose", request.purpose(), Booking.MAX_PURPOSE, true);
        String notes = bounded("notes", request.notes(), Booking.MAX_NOTES, false);
        bookings.writeAtCommit();
        Account client = callers.lockActive(principalName);
        // Under the client's lock: a repeat sent while the first request is still running waits for its booking.
        Optional<IdempotencyKey> key = request.idempotencyKey();
        Optional<Booked> earlier = key.flatMap(sent -> bookings.byIdempotencyKey(client, sent))
                .map(keyed -> bookedBefore(keyed, client, request));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        SessionType type = sessionTypes.withBuilder(request.sessionTypeId())
                .filter(SessionType::isBookable)
                .orElseThrow(() -> new BookingRefusedException(SlotGuard.NOT_OFFERED, false));
        BuilderProfile builder = type.builder();
        if (builder.isOwnedBy(client)) {
            throw new BookingRefusedException(LimitRefusal.WITH_ONESELF.message(), false);
        }
        // Read under the client's lock, as the client's bookings are: what this booking counts against is what its
        // transaction sees, never a copy kept from before.
        BookingConditions conditions = policies.forNewBooking(type);
        // Checked before anything is written: a person is never bound by terms they were not shown.
        request.shownTerms().filter(shown -> !shown.matches(conditions.terms())).ifPresent(shown -> {
            throw new TermsChangedException(conditions.terms());
        });
        Instant start = request.start();
        // The client's own bookings change only under the client's lock, held already, so their limits are checked
        // before the builder's lock is taken: every booking with this builder waits for that one.
        Instant beforeLock = clock.instant();
        List<UpcomingBooking> upcoming = bookings.upcomingOf(client, builder, beforeLock);
        SlotGuard.requireWithinLimits(conditions.limits(), upcoming, start, start.plus(type.slotRules().duration()),
                beforeLock);
        checkHoldLimits(conditions.holds(), client, type, start, upcoming, beforeLock);
        Availability availability = guard.lockBuilder(type);
        guard.requireFree(type, availability, start, Optional.empty());
        // To the microsecond, as the database keeps instants: the answer built from these objects says what a later
        // read of the booking says.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        Booking booking = new Booking(type, client, start, request.clientTimezone(), purpose, notes, now,
                conditions.holds().hold(), conditions.terms());
        BookingEvent created = booking.created(client.principalName());
        if (!bookings.add(booking, created)) {
            // The exclusion constraint refused an overlap that a concurrent booking won.
            throw new BookingRefusedException(SlotRefusal.TAKEN.message(), true);
        }
        key.ifPresent(sent -> bookings.rememberIdempotencyKey(client, sent, request.fingerprint(), booking, now));
        return new Booked(booking, List.of(created), client, now, false);
    }

    private Booked bookedBefore(KeyedRequest keyed, Account client, BookingRequest request) {
        if (!keyed.isRepeatedBy(request.fingerprint())) {
            throw new BookingRefusedException(KEY_REUSED, false);
        }
        Booking booking = bookings.byId(keyed.bookingId()).orElseThrow(() -> new IllegalStateException(
                "Booking " + keyed.bookingId() + " of an idempotency key is gone, though the key refers to it."));
        return new Booked(booking, bookings.eventsOf(booking), client, clock.instant(), true);
    }

    /** A booking that would be held until paid must stay within the client's {@link HoldLimits}. */
    private void checkHoldLimits(HoldLimits holds, Account client, SessionType type, Instant start,
                                 List<UpcomingBooking> upcoming, Instant now) {
        if (BookingStatus.onBooking(type.price().isPresent()) != BookingStatus.HELD) {
            return;
        }
        holds.refusalFor(upcoming, bookings.holdExpiriesOf(client, type, start), now)
                .ifPresent(refusal -> {
                    throw new BookingRefusedException(refusal.message(), refusal.isUsedUp());
                });
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
