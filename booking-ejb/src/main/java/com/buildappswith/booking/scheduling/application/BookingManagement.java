package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.policy.application.AdminAudit;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.scheduling.model.AvailabilityRepository;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.IdempotencyKey;
import com.buildappswith.booking.scheduling.model.ManagementRules;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.Page;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Managing bookings once made: the client's and the builder's dashboards, the admin search, a booking's details
 * and timeline, cancelling under the terms it was made with (the refund through the payment domain), moving it to
 * another free slot, and the builder's record of how a session went. A booking the caller is no party to (and, for
 * an admin, one that does not exist) is a {@link BookingNotFoundException} everywhere. Thin: {@link BookingManager}
 * holds the use cases, over the repositories of this transaction and the payment domain's methods that join it.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
public class BookingManagement {

    @Inject
    private AccountRepository accounts;

    @Inject
    private ScheduleOwnerRepository owners;

    @Inject
    private SessionTypeRepository sessionTypes;

    @Inject
    private AvailabilityRepository availabilities;

    @Inject
    private BookingRepository bookings;

    @Inject
    private AvailabilityCache availabilityCache;

    @Inject
    private Payments payments;

    @Inject
    private BuilderDirectory directory;

    @Inject
    private AdminAudit audit;

    @Inject
    private BookingPolicySource policies;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    private BookingManager manager;

    @PostConstruct
    void prepare() {
        manager = new BookingManager(accounts, owners, sessionTypes, availabilities, bookings, availabilityCache,
                new PaymentsInTransaction(payments), clock, policies);
    }

    /** The payment domain's methods for other domains' services, which join the caller's transaction. */
    private record PaymentsInTransaction(Payments payments) implements BookingPayments {

        @Override
        public Map<Long, PaymentView> summariesOf(Collection<Long> bookingIds) {
            return payments.summariesOf(bookingIds);
        }

        @Override
        public Optional<Long> oweRefund(long bookingId, Money amount, String reason, String idempotencyKey) {
            return payments.oweRefund(bookingId, amount, reason, idempotencyKey);
        }

        @Override
        public Optional<String> letCheckoutGo(long bookingId) {
            return payments.letCheckoutGo(bookingId);
        }
    }

    /** The first page of each of the caller's lists of bookings as a client. */
    @RolesAllowed(Roles.CLIENT)
    public ClientBookings myBookings() {
        return myBookings(0, 0, ClientBookings.PAGE_SIZE);
    }

    /**
     * The caller's bookings as a client, a page of each list: upcoming from {@code upcomingOffset}, past from
     * {@code pastOffset}, {@code limit} each (within {@link Page#MAX_LIMIT}).
     */
    @RolesAllowed(Roles.CLIENT)
    public ClientBookings myBookings(int upcomingOffset, int pastOffset, int limit) {
        return manager.myBookings(caller(), upcomingOffset, pastOffset, limit, directory::publishedBuilder);
    }

    /** The bookings with the calling builder that pass {@code filter}, soonest first. */
    @RolesAllowed(Roles.BUILDER)
    public Page<ManagedBookingView> builderBookings(BookingFilter filter, int offset, int limit) {
        return manager.builderBookings(caller(), filter, offset, limit);
    }

    /** Every booking that passes {@code filter}, latest start first, paged in the database. */
    @RolesAllowed(Roles.ADMIN)
    public Page<ManagedBookingView> search(BookingFilter filter, int offset, int limit) {
        return manager.search(filter, offset, limit);
    }

    /** A booking of the caller's (as client or builder; any booking for an admin) with its terms and timeline. */
    @RolesAllowed({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
    public BookingDetails details(long bookingId) {
        return manager.details(caller(), bookingId);
    }

    /**
     * What cancelling as {@code canceller} would do now; the caller must be the booking's client for CLIENT, its
     * builder for BUILDER, an admin for ADMIN (anything else: not found).
     */
    @RolesAllowed({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
    public CancellationPreview previewCancellation(long bookingId, Canceller canceller) {
        return manager.previewCancellation(caller(), bookingId, canceller);
    }

    /**
     * Cancels as {@code canceller} (see {@link #previewCancellation}), frees the slot at once, and owes the refund
     * the preview named in the same transaction; the provider is asked after the commit and, if it fails, again
     * until it answers. A builder or an admin must give a reason; an admin's cancellation is written to the audit
     * log in the same transaction. With {@code expectedRefundMinor} (the previewed refund) it refuses, as a
     * conflict naming the new amount, when the refund is no longer that one.
     *
     * @throws BookingRefusedException when it cannot be cancelled now, saying why
     */
    @RolesAllowed({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
    public ManagedBookingView cancel(long bookingId, Canceller canceller, String reason,
                                     OptionalLong expectedRefundMinor) {
        ManagedBookingView cancelled = manager.cancel(caller(), bookingId, canceller, reason, expectedRefundMinor);
        if (canceller == Canceller.ADMIN) {
            audit.record(AuditArea.BOOKING, "cancel booking", "booking " + bookingId + " of "
                            + cancelled.clientName() + " with " + cancelled.builderName(),
                    Optional.of(ManagementRules.utc(cancelled.start())), Optional.of(cancelled.status() + ": "
                            + Objects.requireNonNullElse(reason, "").strip()));
        }
        return cancelled;
    }

    /**
     * The free slots the caller's booking could move to, on the viewer's dates {@code from} to {@code to}: the
     * booking's own session type, with its own interval counted as free.
     */
    @RolesAllowed(Roles.CLIENT)
    public List<SlotView> rescheduleSlots(long bookingId, LocalDate from, LocalDate to, ZoneId viewerZone) {
        return manager.rescheduleSlots(caller(), bookingId, from, to, viewerZone);
    }

    /**
     * Moves the caller's booking to {@code newStart} with the same locks, limits and database guarantee as a new
     * booking; it keeps its id, payment and terms, and its history keeps the old time.
     *
     * @throws BookingRefusedException past the reschedule deadline, after the last allowed move, or when the slot
     *         is not free (a conflict when someone took it first); nothing moved then
     */
    @RolesAllowed(Roles.CLIENT)
    public ManagedBookingView reschedule(long bookingId, Instant newStart) {
        return manager.reschedule(caller(), bookingId, newStart);
    }

    /** The calling builder records how a session that ended went, with a note the client sees. */
    @RolesAllowed(Roles.BUILDER)
    public ManagedBookingView recordOutcome(long bookingId, SessionOutcome outcome, String note) {
        return manager.recordOutcome(caller(), bookingId, outcome, note);
    }

    /**
     * Marks a session nobody closed COMPLETED once {@code grace} has passed since its end, in a transaction of its
     * own: for the deadlines job, never offered to a person directly.
     *
     * @return whether it was completed now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean completePastSession(long bookingId, Duration grace) {
        return manager.completePastSession(bookingId, grace);
    }

    /**
     * Deletes up to {@code atMost} of the booking requests' idempotency keys older than
     * {@link IdempotencyKey#REMEMBERED}, in a transaction of its own: for the deadlines job.
     *
     * @return how many were deleted
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetOldIdempotencyKeys(int atMost) {
        return bookings.forgetIdempotencyKeys(clock.instant().minus(IdempotencyKey.REMEMBERED), atMost);
    }

    private BookingManager.Caller caller() {
        return new BookingManager.Caller(context.getCallerPrincipal().getName(), context.isCallerInRole(Roles.ADMIN));
    }
}
