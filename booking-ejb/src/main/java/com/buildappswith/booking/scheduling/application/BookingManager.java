package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.policy.model.RefundCalculator;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.AvailabilityRepository;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingEvent;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.BookingSearch;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.ManagementRules;
import com.buildappswith.booking.scheduling.model.OccupiedTime;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;
import com.buildappswith.booking.scheduling.model.SlotFinder;
import com.buildappswith.booking.scheduling.model.SlotRefusal;
import com.buildappswith.booking.scheduling.model.TimeWindow;
import com.buildappswith.booking.shared.CalendarRange;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.shared.ProblemType;
import jakarta.ejb.EJBAccessException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Managing bookings once made, inside the caller's transaction: the dashboards and the admin search, a booking's
 * details, cancelling with the refund its terms give (owed in the same transaction), moving it to another time under
 * the same checks as a new booking, and the builder's record of how it went. Who may see and do what is decided per
 * booking: its client, its builder, or an admin; to anyone else it does not exist.
 * <p>
 * Every change takes the booking's client's row lock and then its builder's, the order every booking takes them
 * in, reads the booking again under them and asks {@link ManagementRules} before it changes anything, so that two
 * changes of one booking (a cancel clicked twice, a cancel and a move) follow each other and the second sees the
 * first. Plain Java over repositories whose transaction someone else owns, like {@link SlotBooker}.
 */
public final class BookingManager {

    /** The currency of amounts of a booking nobody paid for (ISO 4217 "no currency"). */
    private static final Currency NO_CURRENCY = Currency.getInstance("XXX");
    private static final int MAX_REASON = 500;
    /** The actor of what the application does on its own. */
    static final String SYSTEM = "system";
    /** Why a hold whose checkout completed cannot be let go: its money is coming, and would confirm it. */
    static final String PAYMENT_ON_ITS_WAY = "Your payment is on its way: once it has arrived the booking is "
            + "confirmed, and you can cancel it then under its terms.";

    private final AccountRepository accounts;
    private final ScheduleOwnerRepository owners;
    private final SessionTypeRepository sessionTypes;
    private final AvailabilityRepository availabilities;
    private final BookingRepository bookings;
    private final AvailabilityCache availabilityCache;
    private final BookingPayments payments;
    private final Clock clock;
    private final BookingPolicySource policies;
    private final SlotGuard guard;

    public BookingManager(AccountRepository accounts, ScheduleOwnerRepository owners,
                          SessionTypeRepository sessionTypes, AvailabilityRepository availabilities,
                          BookingRepository bookings, AvailabilityCache availabilityCache, BookingPayments payments,
                          Clock clock, BookingPolicySource policies) {
        this.accounts = Objects.requireNonNull(accounts, "An account repository is required.");
        this.owners = Objects.requireNonNull(owners, "A schedule owner repository is required.");
        this.sessionTypes = Objects.requireNonNull(sessionTypes, "A session type repository is required.");
        this.availabilities = Objects.requireNonNull(availabilities, "An availability repository is required.");
        this.bookings = Objects.requireNonNull(bookings, "A booking repository is required.");
        this.availabilityCache = Objects.requireNonNull(availabilityCache, "An availability cache is required.");
        this.payments = Objects.requireNonNull(payments, "The booking payments are required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
        this.policies = Objects.requireNonNull(policies, "A source of booking conditions is required.");
        this.guard = new SlotGuard(sessionTypes, owners, availabilities, bookings, availabilityCache, clock);
    }

    /** Who asks: the name they signed in with, and whether they are an admin (who may see every booking). */
    public record Caller(String principalName, boolean admin) {

        public Caller {
            Objects.requireNonNull(principalName, "A principal name is required.");
        }
    }

    /**
     * One page of each of the client's lists, paged in the database: those not over yet soonest first (from
     * {@code upcomingOffset}), the rest latest first (from {@code pastOffset}), {@code limit} a page; and the listed
     * builders they booked before (latest first), as {@code listedBuilder} finds them.
     */
    public ClientBookings myBookings(Caller caller, int upcomingOffset, int pastOffset, int limit,
                                     Function<Long, Optional<BuilderView>> listedBuilder) {
        Account client = account(caller);
        Instant now = clock.instant();
        Page<Booking> upcoming = bookings.upcomingOfClient(client, now, upcomingOffset, limit);
        Page<Booking> past = bookings.pastOfClient(client, now, pastOffset, limit);
        Map<Long, PaymentView> paid = payments.summariesOf(Stream.concat(upcoming.items().stream(),
                past.items().stream()).map(Booking::id).toList());
        List<BuilderView> bookedBefore = bookings.buildersBookedBy(client, ClientBookings.MAX_BOOKED_BEFORE).stream()
                .map(listedBuilder)
                .flatMap(Optional::stream)
                .toList();
        return new ClientBookings(upcoming.map(booking -> view(booking, ViewerRole.CLIENT, paid, now)),
                past.map(booking -> view(booking, ViewerRole.CLIENT, paid, now)), bookedBefore);
    }

    /** The builder's bookings that pass the filter, soonest first; none for an account that is no builder. */
    public Page<ManagedBookingView> builderBookings(Caller caller, BookingFilter filter, int offset, int limit) {
        Optional<BuilderProfile> builder = owners.ofAccount(account(caller));
        if (builder.isEmpty()) {
            return new Page<>(List.of(), 0, Math.max(0, offset), Page.boundedLimit(limit));
        }
        return page(searchOf(filter, builder, false, clock.instant()), ViewerRole.BUILDER, offset, limit);
    }

    /** Every booking that passes the filter, latest start first: for admins. */
    public Page<ManagedBookingView> search(BookingFilter filter, int offset, int limit) {
        return page(searchOf(filter, Optional.empty(), true, clock.instant()), ViewerRole.ADMIN, offset, limit);
    }

    private Page<ManagedBookingView> page(BookingSearch search, ViewerRole viewer, int offset, int limit) {
        Page<Booking> found = bookings.search(search, offset, limit);
        Instant now = clock.instant();
        Map<Long, PaymentView> paid = payments.summariesOf(found.items().stream().map(Booking::id).toList());
        return found.map(booking -> view(booking, viewer, paid, now));
    }

    private static BookingSearch searchOf(BookingFilter filter, Optional<BuilderProfile> builder, boolean latestFirst,
                                          Instant now) {
        required(filter, "which bookings to list");
        ZoneId zone = required(filter.zone(), "the timezone of the dates");
        Optional<LocalDate> from = filter.from().map(date -> CalendarRange.check("first date", date));
        Optional<LocalDate> to = filter.to().map(date -> CalendarRange.check("last date", date));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new DomainException(ProblemType.INVALID_INPUT, "The last date must not be before the first date.");
        }
        return new BookingSearch(builder, from.map(date -> date.atStartOfDay(zone).toInstant()),
                to.map(date -> date.plusDays(1).atStartOfDay(zone).toInstant()), filter.status(), filter.client(),
                builder.isPresent() ? Optional.empty() : filter.builder(), latestFirst, now);
    }

    /**
     * A booking the caller is a party to, or any booking for an admin, with its terms and its history; the history
     * names the parties as the caller knows them, not by their sign-in emails (admins get those).
     */
    public BookingDetails details(Caller caller, long bookingId) {
        Account account = account(caller);
        Booking booking = bookings.byId(bookingId).orElseThrow(BookingNotFoundException::new);
        ViewerRole viewer = viewerOf(booking, account, caller.admin()).orElseThrow(BookingNotFoundException::new);
        return BookingDetails.of(booking, viewer, account, Optional.ofNullable(payments.summariesOf(
                List.of(booking.id())).get(booking.id())), bookings.eventsOf(booking), clock.instant());
    }

    /** What cancelling as {@code canceller} would do now, or why it is not possible. */
    public CancellationPreview previewCancellation(Caller caller, long bookingId, Canceller canceller) {
        Booking booking = asCanceller(caller, bookingId, canceller);
        return preview(booking, canceller, Optional.ofNullable(payments.summariesOf(List.of(booking.id()))
                .get(booking.id())), clock.instant());
    }

    private static CancellationPreview preview(Booking booking, Canceller canceller, Optional<PaymentView> payment,
                                               Instant now) {
        Optional<String> refusal = ManagementRules.refusalToCancel(canceller, booking.standing(), now);
        Optional<PaymentView> paid = payment.filter(found -> found.status() == PaymentStatus.PAID);
        int percent = RefundCalculator.percent(booking.terms(), canceller, now,
                booking.standing().cancellationNoticeFrom());
        Money refund = paid.map(found -> refundOf(found, booking, canceller, now))
                .orElseGet(() -> new Money(0, booking.price().map(Money::currency).orElse(NO_CURRENCY)));
        return new CancellationPreview(booking.id(), canceller, refusal, paid.map(PaymentView::amount), refund,
                percent, booking.terms().name(), canceller.refundsInFull());
    }

    /** The terms' part of what was paid, never more than is left of it after earlier refunds. */
    private static Money refundOf(PaymentView payment, Booking booking, Canceller canceller, Instant now) {
        Money due = RefundCalculator.refund(payment.amount(), booking.terms(), canceller, now,
                booking.standing().cancellationNoticeFrom());
        long left = payment.amount().amountMinor() - payment.refunded().amountMinor();
        return new Money(Math.max(0, Math.min(due.amountMinor(), left)), due.currency());
    }

    /**
     * Cancels under the locks, frees the slot (only HELD and CONFIRMED bookings occupy one), records who and why, and
     * owes the refund the preview named in the same transaction. A client who cancels their own unpaid hold lets it
     * go (EXPIRED, as leaving the checkout does), its payment expires with it, and its checkout is closed at the
     * provider right after the commit (money that still arrives through it is refunded in full). Not
     * while its payment is on its way (the checkout completed, the money follows): a hold let go counts its money as
     * a late payment and would be confirmed and charged, so the client cancels the booking once it is paid instead.
     * <p>
     * {@code expectedRefundMinor} is the refund the person saw in the preview (in minor units of its currency), so
     * that what they confirmed is what they get: a tier boundary passed since then, or a refund made meanwhile, is
     * a conflict that names the new amount, and nothing changes. Empty cancels at whatever is owed now.
     *
     * @throws BookingRefusedException when it cannot be cancelled now, a builder or an admin gave no reason, or the
     *         refund is no longer the one expected (a conflict)
     */
    public ManagedBookingView cancel(Caller caller, long bookingId, Canceller canceller, String reason,
                                     OptionalLong expectedRefundMinor) {
        Booking booking = asCanceller(caller, bookingId, canceller);
        String why = reasonOf(canceller, reason);
        lock(booking);
        Instant now = clock.instant();
        ManagementRules.refusalToCancel(canceller, booking.standing(), now).ifPresent(refusal -> {
            throw new BookingRefusedException(refusal, false);
        });
        Optional<PaymentView> payment = Optional.ofNullable(payments.summariesOf(List.of(bookingId)).get(bookingId));
        CancellationPreview preview = preview(booking, canceller, payment, now);
        required(expectedRefundMinor, "which refund you expect").ifPresent(expected -> {
            if (expected != preview.refund().amountMinor()) {
                throw new BookingRefusedException("The refund changed since you looked: now " + preview.refund()
                        + preview.paid().map(paid -> " of " + paid).orElse("") + ". Look again and confirm.", true);
            }
        });
        BookingStatus target = switch (canceller) {
            case CLIENT -> booking.status() == BookingStatus.HELD ? BookingStatus.EXPIRED
                    : BookingStatus.CANCELLED_BY_CLIENT;
            case BUILDER, ADMIN -> BookingStatus.CANCELLED_BY_BUILDER;
        };
        if (target == BookingStatus.EXPIRED && payment.map(PaymentView::status)
                .filter(PaymentStatus.AWAITING_PAYMENT::equals).isPresent()) {
            throw new BookingRefusedException(PAYMENT_ON_ITS_WAY, false);
        }
        // The refund first: the change's notices, written as the event is recorded, tell the client what comes back.
        payments.oweRefund(bookingId, preview.refund(), refundReason(preview, why),
                "booking-" + bookingId + "-cancellation");
        bookings.record(booking.moveTo(target, caller.principalName(), why, now));
        if (target == BookingStatus.EXPIRED) {
            payments.letCheckoutGo(bookingId);
        }
        return view(booking, viewerOf(booking, account(caller), caller.admin()).orElseThrow(), now);
    }

    /** A value a person must give: its absence is their mistake (a 400 that says what is missing), not a bug. */
    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new DomainException(ProblemType.INVALID_INPUT, "Say " + what + ".");
        }
        return value;
    }

    private static String reasonOf(Canceller canceller, String reason) {
        String text = Objects.requireNonNullElse(reason, "").strip();
        if (text.isEmpty() && canceller.refundsInFull()) {
            throw new BookingRefusedException("Say why the session is cancelled: the client will read it.", false);
        }
        if (text.length() > Booking.MAX_CANCEL_REASON) {
            throw new BookingRefusedException("The reason must be at most " + Booking.MAX_CANCEL_REASON
                    + " characters.", false);
        }
        String by = switch (canceller) {
            case CLIENT -> "cancelled by the client";
            case BUILDER -> "cancelled by the builder";
            case ADMIN -> "cancelled by an admin";
        };
        return text.isEmpty() ? by : by + ": " + text;
    }

    private static String refundReason(CancellationPreview preview, String why) {
        String reason = why + " (" + preview.percent() + " % back under " + preview.policyName() + ")";
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }

    /**
     * The free slots the client's booking could move to, starting on the viewer's dates {@code from} to {@code to},
     * its own time counted as free but not offered (it is where the booking is already).
     *
     * @throws BookingRefusedException when the booking cannot be moved now (saying why), or the dates are out of
     *         order or too many
     */
    public List<SlotView> rescheduleSlots(Caller caller, long bookingId, LocalDate from, LocalDate to,
                                          ZoneId viewer) {
        CalendarRange.check("first date", required(from, "the first date"));
        CalendarRange.check("last date", required(to, "the last date"));
        required(viewer, "your timezone");
        Booking booking = asClient(account(caller), bookingId);
        Instant now = clock.instant();
        ManagementRules.refusalToReschedule(booking.standing(), now).ifPresent(refusal -> {
            throw new BookingRefusedException(refusal, false);
        });
        if (to.isBefore(from)) {
            throw new BookingRefusedException("The end date must not be before the start date.", false);
        }
        if (ChronoUnit.DAYS.between(from, to) >= BookingWizard.MAX_SEARCH_DAYS) {
            throw new BookingRefusedException("Search at most " + BookingWizard.MAX_SEARCH_DAYS + " days at once.",
                    false);
        }
        SessionType type = bookableTypeOf(booking);
        BuilderProfile builder = type.builder();
        Availability availability = availabilityCache.availability(builder.id(), builder.version(),
                () -> availabilities.of(builder).availability());
        TimeWindow window = SlotFinder.searchWindow(from, to, viewer);
        List<OccupiedTime> others = bookings.occupied(builder, type, window.from(), window.until()).stream()
                .filter(time -> !time.bookingId().equals(booking.id()))
                .toList();
        return new SlotFinder(clock).freeSlots(type.slotRules(), availability, OccupiedTime.busyAt(others, now), from,
                        to, viewer).stream()
                .filter(slot -> !slot.start().equals(booking.startsAt()))
                .map(slot -> SlotView.of(slot, viewer))
                .toList();
    }

    /**
     * Moves the client's booking to {@code newStart} with a new booking's guarantees: the client's limits (this
     * booking left out) under the client's lock, the slot under the builder's lock with the booking's own time
     * counted as free, and on PostgreSQL the exclusion constraint, which turns a race lost to another transaction
     * into a conflict. It keeps its id, payment and terms; its history keeps the old time.
     *
     * @throws BookingRefusedException past the deadline, after the last allowed move, or when the time is not free
     *         (a conflict when someone took it a moment ago); nothing moved then
     */
    public ManagedBookingView reschedule(Caller caller, long bookingId, Instant newStart) {
        CalendarRange.check("new start", required(newStart, "the new time"));
        bookings.writeAtCommit();
        Account client = accounts.lockActive(caller.principalName()).orElseThrow(BookingManager::signInFirst);
        Booking booking = asClient(client, bookingId);
        bookings.refresh(booking);
        Instant beforeLock = clock.instant();
        ManagementRules.refusalToReschedule(booking.standing(), beforeLock).ifPresent(refusal -> {
            throw new BookingRefusedException(refusal, false);
        });
        if (newStart.equals(booking.startsAt())) {
            throw new BookingRefusedException("The session is at that time already: pick another.", false);
        }
        SessionType type = bookableTypeOf(booking);
        BookingLimits limits = policies.forNewBooking(type).limits();
        SlotGuard.requireWithinLimits(limits, bookings.upcomingOfOtherThan(booking, client, type.builder(),
                beforeLock), newStart, newStart.plus(type.slotRules().duration()), beforeLock);
        Availability availability = guard.lockBuilder(type);
        guard.requireFree(type, availability, newStart, Optional.of(booking.id()));
        Instant now = clock.instant();
        BookingEvent move = booking.reschedule(newStart, caller.principalName(), now);
        if (!bookings.recordMove(move)) {
            throw new BookingRefusedException("Someone took that slot a moment ago: please pick another.", true);
        }
        return view(booking, ViewerRole.CLIENT, now);
    }

    /**
     * The builder's record of how the session went, once it ended.
     *
     * @throws BookingRefusedException before the end, for a booking that is not confirmed, or a note too long
     */
    public ManagedBookingView recordOutcome(Caller caller, long bookingId, SessionOutcome outcome, String note) {
        required(outcome, "how the session went");
        String text = Objects.requireNonNullElse(note, "").strip();
        if (text.length() > Booking.MAX_OUTCOME_NOTE) {
            throw new BookingRefusedException("The note must be at most " + Booking.MAX_OUTCOME_NOTE
                    + " characters.", false);
        }
        Account builder = account(caller);
        Booking booking = bookings.byId(bookingId)
                .filter(found -> found.builder().isOwnedBy(builder))
                .orElseThrow(BookingNotFoundException::new);
        lock(booking);
        Instant now = clock.instant();
        ManagementRules.refusalToRecordOutcome(booking.standing(), now).ifPresent(refusal -> {
            throw new BookingRefusedException(refusal, false);
        });
        bookings.record(booking.recordOutcome(outcome == SessionOutcome.COMPLETED ? BookingStatus.COMPLETED
                : BookingStatus.NO_SHOW, text, caller.principalName(), now));
        return view(booking, ViewerRole.BUILDER, now);
    }

    /**
     * Marks a session nobody closed COMPLETED, as the system, once {@code grace} has passed since it ended (see
     * {@link ManagementRules#isDueForCompletion}); a booking that is no longer due (closed meanwhile) is left alone.
     *
     * @return whether it was completed now
     */
    public boolean completePastSession(long bookingId, Duration grace) {
        Optional<Booking> found = bookings.byId(bookingId);
        if (found.isEmpty()) {
            return false;
        }
        Booking booking = found.get();
        lock(booking);
        Instant now = clock.instant();
        if (!ManagementRules.isDueForCompletion(booking.standing(), now, grace)) {
            return false;
        }
        bookings.record(booking.moveTo(BookingStatus.COMPLETED, SYSTEM, "nobody recorded how it went within "
                + grace.toHours() + " hours of its end, so it counts as taken place", now));
        return true;
    }

    /** The booking's client's row lock, then its builder's, and the booking as it stands under them. */
    private void lock(Booking booking) {
        accounts.lock(booking.client());
        owners.lockForBooking(booking.builder());
        bookings.refresh(booking);
    }

    private SessionType bookableTypeOf(Booking booking) {
        return sessionTypes.withBuilder(booking.sessionType().id())
                .filter(SessionType::isBookable)
                .orElseThrow(() -> new BookingRefusedException("The builder no longer offers this session type, so "
                        + "it cannot be moved; it can still be cancelled.", false));
    }

    private Booking asCanceller(Caller caller, long bookingId, Canceller canceller) {
        Account account = account(caller);
        Booking booking = bookings.byId(bookingId).orElseThrow(BookingNotFoundException::new);
        boolean entitled = switch (required(canceller, "who cancels")) {
            case CLIENT -> booking.client().id().equals(account.id());
            case BUILDER -> booking.builder().isOwnedBy(account);
            case ADMIN -> caller.admin();
        };
        if (!entitled) {
            throw new BookingNotFoundException();
        }
        return booking;
    }

    private Booking asClient(Account client, long bookingId) {
        return bookings.byId(bookingId)
                .filter(booking -> booking.client().id().equals(client.id()))
                .orElseThrow(BookingNotFoundException::new);
    }

    private static Optional<ViewerRole> viewerOf(Booking booking, Account account, boolean admin) {
        if (booking.client().id().equals(account.id())) {
            return Optional.of(ViewerRole.CLIENT);
        }
        if (booking.builder().isOwnedBy(account)) {
            return Optional.of(ViewerRole.BUILDER);
        }
        return admin ? Optional.of(ViewerRole.ADMIN) : Optional.empty();
    }

    private Account account(Caller caller) {
        return accounts.activeByPrincipal(caller.principalName()).orElseThrow(BookingManager::signInFirst);
    }

    private static EJBAccessException signInFirst() {
        return new EJBAccessException("Sign in to continue.");
    }

    private ManagedBookingView view(Booking booking, ViewerRole viewer, Instant now) {
        return view(booking, viewer, payments.summariesOf(List.of(booking.id())), now);
    }

    private static ManagedBookingView view(Booking booking, ViewerRole viewer, Map<Long, PaymentView> payments,
                                           Instant now) {
        return ManagedBookingView.of(booking, viewer, Optional.ofNullable(payments.get(booking.id())), now);
    }
}
