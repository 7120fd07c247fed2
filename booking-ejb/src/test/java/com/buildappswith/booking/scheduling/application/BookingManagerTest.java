package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.payment.application.CheckoutStart;
import com.buildappswith.booking.payment.application.PaymentLedger;
import com.buildappswith.booking.payment.application.PaymentProcess;
import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.application.TestPayments;
import com.buildappswith.booking.payment.infrastructure.JpaPaymentRepository;
import com.buildappswith.booking.payment.infrastructure.TestModeEvents;
import com.buildappswith.booking.payment.model.CheckoutLinks;
import com.buildappswith.booking.payment.model.Payment;
import com.buildappswith.booking.payment.model.PaymentEvent;
import com.buildappswith.booking.payment.model.PaymentGateway;
import com.buildappswith.booking.payment.model.PaymentProviderException;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.Refund;
import com.buildappswith.booking.payment.model.RefundOutcome;
import com.buildappswith.booking.payment.model.RefundRequest;
import com.buildappswith.booking.payment.model.RefundStatus;
import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.profile.infrastructure.JpaAccountRepository;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.infrastructure.JpaAvailabilityRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaBookingRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaSessionTypeRepository;
import com.buildappswith.booking.scheduling.infrastructure.SlotBookers;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.scheduling.model.BookingEvent;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.LimitRefusal;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.MovableClock;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.shared.ProblemType;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Managing bookings against a real database (PostgreSQL with its exclusion constraint when BOOKING_DB_URL names
 * one, else the embedded H2), without a container: the same manager, payment process and transactions the server
 * runs, with the test mode's payment provider (which can be told to fail refunds).
 */
class BookingManagerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    /** Friday 4 December 2026, 10:00 in Berlin: 73 hours ahead, inside the Standard terms' free window. */
    private static final Instant SLOT = LocalDate.of(2026, 12, 4).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Money PRICE = new Money(6000, Currency.getInstance("EUR"));

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.withConnections(4);

    private final AvailabilityCache availabilityCache = new AvailabilityCache();
    private final MovableClock clock = new MovableClock(NOW);
    private int refundFailuresLeft;
    private PaymentProcess process;
    private long paidType;
    private long freeType;
    private String run;
    private BookingManager.Caller client;
    private BookingManager.Caller other;
    private BookingManager.Caller builder;
    private BookingManager.Caller admin;

    @BeforeEach
    void seed() {
        run = UUID.randomUUID().toString().substring(0, 8);
        client = new BookingManager.Caller("client-" + run + "@example.com", false);
        other = new BookingManager.Caller("other-" + run + "@example.com", false);
        builder = new BookingManager.Caller("builder-" + run + "@example.com", false);
        admin = new BookingManager.Caller("admin-" + run + "@example.com", true);
        List<Long> types = DATABASE.inTransaction(entityManager -> {
            BuilderProfile profile = Seeds.listedBuilder(entityManager, builder.principalName(), BERLIN,
                    LocalTime.of(9, 0), LocalTime.of(17, 0));
            SessionType paid = new SessionType(profile, "Code review", "An hour", Duration.ofHours(1), PRICE);
            SessionType free = new SessionType(profile, "Intro call", "Half an hour", Duration.ofMinutes(30), null);
            entityManager.persist(paid);
            entityManager.persist(free);
            Seeds.client(entityManager, client.principalName(), BERLIN);
            Seeds.client(entityManager, other.principalName(), BERLIN);
            Seeds.client(entityManager, admin.principalName(), BERLIN);
            entityManager.flush();
            return List.of(paid.id(), free.id());
        });
        paidType = types.get(0);
        freeType = types.get(1);
        CheckoutLinks links = new CheckoutLinks(URI.create("http://localhost:8080"));
        process = new PaymentProcess(TestPayments.transactions(DATABASE, clock),
                new FailingRefunds(TestPayments.testMode(DATABASE, links, clock)), links, clock);
    }

    /** The test mode's provider, which fails as many refunds as a test says before it takes one again. */
    private final class FailingRefunds extends TestPayments.ForwardingGateway {

        FailingRefunds(PaymentGateway provider) {
            super(provider);
        }

        @Override
        public RefundOutcome refund(RefundRequest request) {
            if (refundFailuresLeft > 0) {
                refundFailuresLeft--;
                throw new PaymentProviderException("The provider could not be reached.", true, null);
            }
            return super.refund(request);
        }
    }

    private <T> T manage(Function<BookingManager, T> work) {
        return manage(BookingLimits.DEFAULTS, work);
    }

    /** Cancels at whatever is owed now, as a caller who did not look at a preview. */
    private ManagedBookingView cancel(BookingManager.Caller who, long booking, Canceller as, String reason) {
        return manage(manager -> manager.cancel(who, booking, as, reason, OptionalLong.empty()));
    }

    private <T> T manage(BookingLimits limits, Function<BookingManager, T> work) {
        return DATABASE.inTransaction(entityManager -> work.apply(manager(entityManager, limits)));
    }

    private BookingManager manager(EntityManager entityManager, BookingLimits limits) {
        return new BookingManager(new JpaAccountRepository(entityManager),
                new JpaScheduleOwnerRepository(entityManager), new JpaSessionTypeRepository(entityManager),
                new JpaAvailabilityRepository(entityManager), new JpaBookingRepository(entityManager, change -> { }),
                availabilityCache,
                new PaymentLedger(new JpaPaymentRepository(entityManager), true, clock), clock,
                BookingPolicySource.fixed(limits, HoldLimits.DEFAULTS));
    }

    @Test
    void aClientCancellingInsideTheFreeWindowIsOwedEverythingOnceHoweverOftenTheyAsk() {
        long booking = paidBooking(client, SLOT);

        CancellationPreview preview = manage(manager -> manager.previewCancellation(client, booking, Canceller.CLIENT));
        assertThat(preview.isAllowed()).isTrue();
        assertThat(preview.paid()).contains(PRICE);
        assertThat(preview.refund()).isEqualTo(PRICE);
        assertThat(preview.percent()).isEqualTo(100);
        assertThat(preview.policyName()).isEqualTo("Standard");
        assertThat(preview.reasonRequired()).isFalse();

        ManagedBookingView cancelled = cancel(client, booking, Canceller.CLIENT, "");
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED_BY_CLIENT);
        assertThat(cancelled.allowed()).isEmpty();
        assertThat(cancelled.payment().orElseThrow().refundPending()).isTrue();
        assertThat(refundsOf(booking)).singleElement().satisfies(refund -> {
            assertThat(refund.amount()).isEqualTo(PRICE);
            assertThat(refund.status()).isEqualTo(RefundStatus.REQUESTED);
            assertThat(refund.idempotencyKey()).isEqualTo("booking-" + booking + "-cancellation");
        });
        assertThatThrownBy(() -> cancel(client, booking, Canceller.CLIENT, ""))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("This booking was cancelled.");
        assertThat(refundsOf(booking)).hasSize(1);

        assertThat(paidBooking(other, SLOT)).as("the slot is free at once").isNotEqualTo(booking);
        assertThat(process.sweep()).isEqualTo(1);
        assertThat(refundsOf(booking)).singleElement().extracting(Refund::status).isEqualTo(RefundStatus.SUCCEEDED);
        PaymentView payment = manage(manager -> manager.details(client, booking)).booking().payment().orElseThrow();
        assertThat(payment.refunded()).isEqualTo(PRICE);
        assertThat(payment.refundPending()).isFalse();
        assertThat(history(booking)).extracting(BookingEvent::to).containsExactly(BookingStatus.HELD,
                BookingStatus.CONFIRMED, BookingStatus.CANCELLED_BY_CLIENT);
        assertThat(history(booking).get(2).actor()).isEqualTo(client.principalName());
    }

    @Test
    void aClientCancellingLaterGetsTheTiersPartAndAtTheLastMomentNothing() {
        long halfBack = paidBooking(client, SLOT);
        long nothingBack = paidBooking(other, SLOT.plus(Duration.ofHours(2)));
        clock.advance(Duration.between(NOW, SLOT.minus(Duration.ofHours(30))));

        assertThat(manage(manager -> manager.previewCancellation(client, halfBack, Canceller.CLIENT)).refund())
                .isEqualTo(new Money(3000, PRICE.currency()));
        cancel(client, halfBack, Canceller.CLIENT, "plans changed");
        assertThat(refundsOf(halfBack)).singleElement().extracting(Refund::amount)
                .isEqualTo(new Money(3000, PRICE.currency()));
        assertThat(history(halfBack).get(2).reason()).isEqualTo("cancelled by the client: plans changed");

        clock.advance(Duration.ofHours(29));
        CancellationPreview late = manage(manager -> manager.previewCancellation(other, nothingBack,
                Canceller.CLIENT));
        assertThat(late.percent()).isZero();
        assertThat(late.refund().isZero()).isTrue();
        cancel(other, nothingBack, Canceller.CLIENT, null);
        assertThat(refundsOf(nothingBack)).isEmpty();
        assertThat(status(nothingBack)).isEqualTo(BookingStatus.CANCELLED_BY_CLIENT);
    }

    /**
     * The client previews ten seconds before the free window closes and confirms twenty seconds later: the refund
     * is half now, so the cancellation is refused as a conflict naming the new amount, and nothing changes; confirmed
     * again at the new amount, it goes through and owes exactly that.
     */
    @Test
    void aCancellationConfirmedAfterTheRefundChangedIsRefusedWithTheNewAmount() {
        long booking = paidBooking(client, SLOT);
        clock.advance(Duration.between(NOW, SLOT.minus(Duration.ofHours(48)).minusSeconds(10)));
        CancellationPreview seen = manage(manager -> manager.previewCancellation(client, booking, Canceller.CLIENT));
        assertThat(seen.refund()).isEqualTo(PRICE);
        clock.advance(Duration.ofSeconds(20));

        assertThatThrownBy(() -> manage(manager -> manager.cancel(client, booking, Canceller.CLIENT, "",
                OptionalLong.of(seen.refund().amountMinor()))))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.isConflict()).isTrue())
                .hasMessage("The refund changed since you looked: now EUR 30.00 of EUR 60.00. Look again and "
                        + "confirm.");
        assertThat(status(booking)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(refundsOf(booking)).isEmpty();
        assertThat(history(booking)).hasSize(2);

        manage(manager -> manager.cancel(client, booking, Canceller.CLIENT, "", OptionalLong.of(3000)));
        assertThat(refundsOf(booking)).singleElement().extracting(Refund::amount)
                .isEqualTo(new Money(3000, PRICE.currency()));
    }

    @Test
    void aBuilderOrAnAdminCancelsWithAReasonAndTheClientGetsEverythingBack() {
        long byBuilder = paidBooking(client, SLOT);
        long byAdmin = paidBooking(other, SLOT.plus(Duration.ofHours(2)));
        clock.advance(Duration.between(NOW, SLOT.minus(Duration.ofHours(1))));

        assertThatThrownBy(() -> cancel(builder, byBuilder, Canceller.BUILDER, " "))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("Say why the session is cancelled: the client will read it.");
        String tooLong = "x".repeat(Booking.MAX_CANCEL_REASON + 1);
        assertThatThrownBy(() -> cancel(builder, byBuilder, Canceller.BUILDER, tooLong))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("The reason must be at most " + Booking.MAX_CANCEL_REASON + " characters.");
        CancellationPreview preview = manage(manager -> manager.previewCancellation(builder, byBuilder,
                Canceller.BUILDER));
        assertThat(preview.refund()).isEqualTo(PRICE);
        assertThat(preview.reasonRequired()).isTrue();
        assertThat(cancel(builder, byBuilder, Canceller.BUILDER, "I am ill").status())
                .isEqualTo(BookingStatus.CANCELLED_BY_BUILDER);
        String longest = "duplicate account " + "x".repeat(Booking.MAX_CANCEL_REASON - 18);
        assertThat(cancel(admin, byAdmin, Canceller.ADMIN, longest).status())
                .isEqualTo(BookingStatus.CANCELLED_BY_BUILDER);

        assertThat(refundsOf(byBuilder)).singleElement().extracting(Refund::amount).isEqualTo(PRICE);
        assertThat(refundsOf(byAdmin)).singleElement().extracting(Refund::amount).isEqualTo(PRICE);
        assertThat(history(byAdmin).get(2).reason()).isEqualTo("cancelled by an admin: " + longest);
        assertThat(history(byAdmin).get(2).actor()).isEqualTo(admin.principalName());
        assertThat(manage(manager -> manager.details(other, byAdmin)).timeline().get(2).actor())
                .as("the client reads no admin's email").isEqualTo("an admin");
        assertThat(manage(manager -> manager.details(builder, byAdmin)).timeline().get(0).actor())
                .as("the builder reads no client's email").doesNotContain("@").startsWith("the client (");
        assertThat(manage(manager -> manager.details(client, byBuilder)).timeline().get(2).actor())
                .startsWith("the builder (");
        assertThat(manage(manager -> manager.details(admin, byAdmin)).timeline().get(2).actor())
                .isEqualTo(admin.principalName());
    }

    @Test
    void aRefundTheProviderFailsStaysPendingAndTheSweepRetriesIt() {
        long booking = paidBooking(client, SLOT);
        refundFailuresLeft = 1;

        cancel(client, booking, Canceller.CLIENT, "");
        process.sweep();

        assertThat(refundsOf(booking)).singleElement().satisfies(refund -> {
            assertThat(refund.status()).isEqualTo(RefundStatus.PENDING);
            assertThat(refund.attempts()).isEqualTo(1);
        });
        assertThat(manage(manager -> manager.myBookings(client, 0, 0, ClientBookings.PAGE_SIZE,
                id -> Optional.empty())).past())
                .singleElement().satisfies(view -> assertThat(view.payment().orElseThrow().refundPending()).isTrue());
        List<ManagedBookingView> buildersView = manage(manager -> manager.builderBookings(builder,
                BookingFilter.everything(BERLIN), 0, 10)).items();
        assertThat(buildersView).singleElement()
                .satisfies(view -> assertThat(view.payment().orElseThrow().refundPending()).isTrue());

        process.sweep();
        assertThat(refundsOf(booking)).singleElement().extracting(Refund::status)
                .as("not due again before its next attempt").isEqualTo(RefundStatus.PENDING);
        clock.advance(Refund.retryDelay(1));
        process.sweep();
        assertThat(refundsOf(booking)).singleElement().extracting(Refund::status).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(payment(booking).refundedAmount()).isEqualTo(PRICE);
    }

    @Test
    void aClientLetsTheirHoldGoAndAnAdminMayCancelOne() {
        long letGo = book(client, paidType, SLOT);
        long cancelledByAdmin = book(other, paidType, SLOT.plus(Duration.ofHours(2)));

        ManagedBookingView held = manage(manager -> manager.details(client, letGo)).booking();
        assertThat(held.allowed()).containsExactlyInAnyOrder(BookingAction.PAY, BookingAction.CANCEL);
        assertThat(held.notAllowed())
                .containsEntry(BookingAction.RESCHEDULE, "A session can be moved once it is paid.");

        assertThat(cancel(client, letGo, Canceller.CLIENT, "").status())
                .isEqualTo(BookingStatus.EXPIRED);
        assertThat(cancel(admin, cancelledByAdmin, Canceller.ADMIN, "spam").status())
                .isEqualTo(BookingStatus.CANCELLED_BY_BUILDER);
        assertThat(refundsOf(letGo)).isEmpty();
        assertThat(book(other, paidType, SLOT)).as("the slot is free at once").isPositive();
    }

    @Test
    void aHoldWhosePaymentIsOnItsWayCannotBeLetGoAndIsConfirmedWhenTheMoneyArrives() {
        long booking = book(client, paidType, SLOT);
        String checkout = process.startCheckout(client.principalName(), booking).checkoutSessionId();
        process.receive(new PaymentEvent("evt_awaiting_" + run, PaymentEvent.Kind.CHECKOUT_AWAITING_PAYMENT,
                Optional.of(checkout), Optional.of(booking), Optional.of("pi_awaiting_" + run), Optional.empty(),
                clock.instant()));
        assertThat(payment(booking).status()).isEqualTo(PaymentStatus.AWAITING_PAYMENT);

        assertThatThrownBy(() -> cancel(client, booking, Canceller.CLIENT, ""))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage(BookingManager.PAYMENT_ON_ITS_WAY);
        assertThat(status(booking)).isEqualTo(BookingStatus.HELD);

        process.receive(new PaymentEvent("evt_arrived_" + run, PaymentEvent.Kind.ASYNC_PAYMENT_SUCCEEDED,
                Optional.of(checkout), Optional.of(booking), Optional.of("pi_awaiting_" + run), Optional.empty(),
                clock.instant()));
        assertThat(status(booking)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(cancel(client, booking, Canceller.CLIENT, "").status())
                .isEqualTo(BookingStatus.CANCELLED_BY_CLIENT);
        assertThat(refundsOf(booking)).extracting(Refund::amount).containsExactly(PRICE);
    }

    @Test
    void aClientMovesAPaidBookingWhichKeepsItsIdPaymentAndTermsAndItsHistoryTheOldTime() {
        long booking = paidBooking(client, SLOT);
        Instant nextDay = SLOT.plus(Duration.ofDays(1));

        List<SlotView> slots = manage(manager -> manager.rescheduleSlots(client, booking, LocalDate.of(2026, 12, 4),
                LocalDate.of(2026, 12, 5), BERLIN));
        assertThat(slots).extracting(SlotView::start).contains(nextDay, SLOT.plus(Duration.ofHours(1)))
                .doesNotContain(SLOT);

        ManagedBookingView moved = manage(manager -> manager.reschedule(client, booking, nextDay));

        assertThat(moved.id()).isEqualTo(booking);
        assertThat(moved.start()).isEqualTo(nextDay);
        assertThat(moved.end()).isEqualTo(nextDay.plus(Duration.ofHours(1)));
        assertThat(moved.rescheduleCount()).isEqualTo(1);
        assertThat(moved.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(moved.payment().orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        BookingDetails details = manage(manager -> manager.details(client, booking));
        assertThat(details.terms().reschedulesLeft()).isEqualTo(1);
        assertThat(details.timeline()).last().satisfies(entry -> {
            assertThat(entry.movedFrom()).contains(SLOT);
            assertThat(entry.movedTo()).contains(nextDay);
            assertThat(entry.to()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(entry.actor()).as("the client reads themselves as you").isEqualTo("you");
        });
        assertThat(paidBooking(other, SLOT)).as("the old time is free").isPositive();
    }

    @Test
    void movingStopsAtTheDeadlineAndAtTheTermsMaximum() {
        long booking = book(client, freeType, SLOT);
        manage(manager -> manager.reschedule(client, booking, SLOT.plus(Duration.ofHours(1))));
        manage(manager -> manager.reschedule(client, booking, SLOT.plus(Duration.ofHours(2))));

        assertThatThrownBy(() -> manage(manager -> manager.reschedule(client, booking, SLOT)))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("It was moved 2 times already, the most its terms allow.");

        long late = book(other, freeType, SLOT.plus(Duration.ofDays(1)));
        clock.advance(Duration.between(NOW, SLOT.plus(Duration.ofDays(1)).minus(Duration.ofHours(23))));
        assertThatThrownBy(() -> manage(manager -> manager.reschedule(other, late, SLOT.plus(Duration.ofDays(2)))))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("Moving is possible until Fri 4 Dec 2026 09:00 UTC; that has passed.");
        assertThat(start(late)).isEqualTo(SLOT.plus(Duration.ofDays(1)));
        assertThat(start(booking)).isEqualTo(SLOT.plus(Duration.ofHours(2)));
    }

    @Test
    void aMoveObeysTheSlotAndTheLimitsButNotCountingItself() {
        long mine = book(client, freeType, SLOT);
        long theirs = book(other, freeType, SLOT.plus(Duration.ofHours(3)));
        BookingLimits oneWithTheBuilder = new BookingLimits(10, 1);

        assertThatThrownBy(() -> manage(manager -> manager.reschedule(client, mine, SLOT.plus(Duration.ofHours(3)))))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.isConflict()).isTrue());
        assertThatThrownBy(() -> manage(manager -> manager.reschedule(client, mine, SLOT.plus(Duration.ofMinutes(7)))))
                .isInstanceOf(BookingRefusedException.class);
        assertThat(manage(oneWithTheBuilder, manager -> manager.reschedule(client, mine,
                SLOT.plus(Duration.ofMinutes(30)))).start()).isEqualTo(SLOT.plus(Duration.ofMinutes(30)));
        assertThat(start(theirs)).isEqualTo(SLOT.plus(Duration.ofHours(3)));

        long second = book(client, freeType, SLOT.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> manage(new BookingLimits(1, 1), manager -> manager.reschedule(client, second,
                SLOT.plus(Duration.ofDays(2)))))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage(LimitRefusal.TOO_MANY_UPCOMING.message());
    }

    @Test
    void aMoveOntoALapsedHoldNotYetSweptTakesItsTimeAndExpiresIt() {
        long mine = book(client, freeType, SLOT);
        Instant wanted = SLOT.plus(Duration.ofHours(3));
        long lapsed = book(other, paidType, wanted);
        assertThat(lapsed).as("newer, so written after the move unless its expiry is written first")
                .isGreaterThan(mine);
        clock.advance(HoldLimits.DEFAULT_HOLD.plusSeconds(60));

        assertThat(manage(manager -> manager.reschedule(client, mine, wanted)).start()).isEqualTo(wanted);

        assertThat(status(lapsed)).isEqualTo(BookingStatus.EXPIRED);
        assertThat(start(mine)).isEqualTo(wanted);
    }

    @Test
    void twoClientsMovingToOneSlotAtOnceOneWinsAndTheOtherIsToldNothingHalfMoved() throws Exception {
        long mine = book(client, freeType, SLOT);
        long theirs = book(other, freeType, SLOT.plus(Duration.ofHours(1)));
        Instant wanted = SLOT.plus(Duration.ofDays(1));
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ManagedBookingView>> moves = new ArrayList<>();
            for (Callable<ManagedBookingView> move : List.<Callable<ManagedBookingView>>of(
                    () -> manage(manager -> awaitThen(ready, () -> manager.reschedule(client, mine, wanted))),
                    () -> manage(manager -> awaitThen(ready, () -> manager.reschedule(other, theirs, wanted))))) {
                moves.add(threads.submit(move));
            }
            int won = 0;
            for (Future<ManagedBookingView> move : moves) {
                try {
                    assertThat(move.get(30, TimeUnit.SECONDS).start()).isEqualTo(wanted);
                    won++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(BookingRefusedException.class,
                            refused -> assertThat(refused.isConflict()).isTrue());
                }
            }
            assertThat(won).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        List<Instant> starts = List.of(start(mine), start(theirs));
        assertThat(starts).containsOnlyOnce(wanted);
        assertThat(starts).containsAnyOf(SLOT, SLOT.plus(Duration.ofHours(1)));
        int moves = (int) (history(mine).size() + history(theirs).size());
        assertThat(moves).as("one created event each, and one move").isEqualTo(3);
    }

    private static <T> T awaitThen(CountDownLatch ready, Callable<T> work) {
        ready.countDown();
        try {
            ready.await(10, TimeUnit.SECONDS);
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theBuilderRecordsTheOutcomeOnceTheSessionEndedAndTheClientReadsTheNote() {
        long booking = book(client, freeType, SLOT);
        clock.advance(Duration.between(NOW, SLOT.plus(Duration.ofMinutes(29))));

        assertThatThrownBy(() -> manage(manager -> manager.recordOutcome(builder, booking, SessionOutcome.COMPLETED,
                "")))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("How it went can be recorded once the session ends at Fri 4 Dec 2026 09:30 UTC.");
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> manage(manager -> manager.recordOutcome(builder, booking, SessionOutcome.COMPLETED,
                "x".repeat(Booking.MAX_OUTCOME_NOTE + 1))))
                .isInstanceOf(BookingRefusedException.class);
        ManagedBookingView completed = manage(manager -> manager.recordOutcome(builder, booking,
                SessionOutcome.COMPLETED, "Set up CI; next: tests for the importer"));

        assertThat(completed.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(manage(manager -> manager.myBookings(client, 0, 0, ClientBookings.PAGE_SIZE,
                id -> Optional.empty())).past()).singleElement()
                .satisfies(view -> assertThat(view.outcomeNote()).contains("Set up CI; next: tests for the importer"));
        assertThatThrownBy(() -> manage(manager -> manager.recordOutcome(builder, booking, SessionOutcome.NO_SHOW,
                "")))
                .isInstanceOf(BookingRefusedException.class);
    }

    @Test
    void theSystemCompletesASessionNobodyClosedOnlyOnceTheBuildersTimeToRecordItPassed() {
        long booking = book(client, freeType, SLOT);
        long cancelled = book(other, freeType, SLOT.plus(Duration.ofHours(2)));
        cancel(other, cancelled, Canceller.CLIENT, "");
        Duration grace = Duration.ofHours(48);
        Instant end = SLOT.plus(Duration.ofMinutes(30));
        clock.advance(Duration.between(NOW, end.plus(grace).minusSeconds(1)));

        assertThat(complete(booking, grace)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(complete(booking, grace)).isTrue();
        assertThat(complete(booking, grace)).isFalse();
        clock.advance(Duration.ofHours(3));
        assertThat(complete(cancelled, grace)).isFalse();

        assertThat(status(booking)).isEqualTo(BookingStatus.COMPLETED);
        assertThat(status(cancelled)).isEqualTo(BookingStatus.CANCELLED_BY_CLIENT);
        assertThat(history(booking)).last().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("system");
            assertThat(event.to()).isEqualTo(BookingStatus.COMPLETED);
        });
    }

    private boolean complete(long booking, Duration grace) {
        Boolean completed = manage(manager -> manager.completePastSession(booking, grace));
        return completed;
    }

    @Test
    void someoneElsesBookingIsNotFoundByEveryMethodAndNothingChanges() {
        long booking = paidBooking(client, SLOT);
        clock.advance(Duration.ofDays(1));
        BookingManager.Caller otherBuilder = new BookingManager.Caller("builder-two-" + run + "@example.com", false);
        DATABASE.inTransaction(entityManager -> Seeds.listedBuilder(entityManager, otherBuilder.principalName(),
                BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0)));

        List<ThrowingCallable> attempts = List.of(
                () -> manage(manager -> manager.details(other, booking)),
                () -> manage(manager -> manager.details(otherBuilder, booking)),
                () -> manage(manager -> manager.previewCancellation(other, booking, Canceller.CLIENT)),
                () -> manage(manager -> manager.previewCancellation(other, booking, Canceller.BUILDER)),
                () -> manage(manager -> manager.previewCancellation(other, booking, Canceller.ADMIN)),
                () -> manage(manager -> manager.previewCancellation(builder, booking, Canceller.CLIENT)),
                () -> cancel(other, booking, Canceller.CLIENT, ""),
                () -> cancel(otherBuilder, booking, Canceller.BUILDER, "mine now"),
                () -> cancel(other, booking, Canceller.ADMIN, "pretending"),
                () -> manage(manager -> manager.rescheduleSlots(other, booking, LocalDate.of(2026, 12, 4),
                        LocalDate.of(2026, 12, 5), BERLIN)),
                () -> manage(manager -> manager.rescheduleSlots(builder, booking, LocalDate.of(2026, 12, 4),
                        LocalDate.of(2026, 12, 5), BERLIN)),
                () -> manage(manager -> manager.reschedule(other, booking, SLOT.plus(Duration.ofDays(1)))),
                () -> manage(manager -> manager.reschedule(builder, booking, SLOT.plus(Duration.ofDays(1)))),
                () -> manage(manager -> manager.recordOutcome(other, booking, SessionOutcome.NO_SHOW, "")),
                () -> manage(manager -> manager.recordOutcome(client, booking, SessionOutcome.NO_SHOW, "")),
                () -> manage(manager -> manager.details(other, booking + 1_000_000)),
                () -> manage(manager -> manager.details(admin, booking + 1_000_000)));
        for (ThrowingCallable attempt : attempts) {
            assertThatThrownBy(attempt).isInstanceOfSatisfying(BookingNotFoundException.class,
                    e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
        }
        assertThat(status(booking)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(start(booking)).isEqualTo(SLOT);
        assertThat(history(booking)).hasSize(2);
        assertThat(refundsOf(booking)).isEmpty();
        assertThat(manage(manager -> manager.details(admin, booking)).booking().viewer()).isEqualTo(ViewerRole.ADMIN);
        assertThat(manage(manager -> manager.details(builder, booking)).booking().viewer())
                .isEqualTo(ViewerRole.BUILDER);
        assertThatThrownBy(() -> manage(manager -> manager.myBookings(new BookingManager.Caller("nobody@example.com",
                false), 0, 0, ClientBookings.PAGE_SIZE, id -> Optional.empty()))).isInstanceOf(EJBAccessException.class);
    }

    /**
     * More than a page of each list: the client's dashboard reads one page of upcoming sessions (soonest first) and one
     * of past ones (latest first) from the database, a lapsed hold counting as past, with the totals for a pager.
     */
    @Test
    void theClientsDashboardPagesUpcomingAndPastInTheDatabase() {
        int upcomingCount = ClientBookings.PAGE_SIZE + 3;
        int pastCount = ClientBookings.PAGE_SIZE + 1;
        List<Long> ids = DATABASE.inTransaction(entityManager -> {
            Account account = entityManager.createQuery("select a from Account a where a.emailNormalized = :email",
                    Account.class).setParameter("email", client.principalName()).getSingleResult();
            SessionType free = entityManager.find(SessionType.class, freeType);
            List<Booking> made = new ArrayList<>();
            // Stored in an order of their own, so that only the queries can put them in the dashboard's order.
            for (int i = upcomingCount - 1; i >= 0; i--) {
                made.add(new Booking(free, account, SLOT.plus(Duration.ofHours(i)), BERLIN, "Later " + i, null,
                        NOW, Duration.ZERO, PolicyTerms.STANDARD));
            }
            for (int i = 0; i < pastCount; i++) {
                made.add(new Booking(free, account, NOW.minus(Duration.ofDays(1 + i)), BERLIN, "Before " + i, null,
                        NOW.minus(Duration.ofDays(30)), Duration.ZERO, PolicyTerms.STANDARD));
            }
            Booking lapsedHold = new Booking(entityManager.find(SessionType.class, paidType), account,
                    SLOT.plus(Duration.ofDays(3)), BERLIN, "Never paid", null, NOW.minus(Duration.ofHours(1)),
                    Duration.ofMinutes(15), PolicyTerms.STANDARD);
            made.add(lapsedHold);
            made.forEach(entityManager::persist);
            entityManager.flush();
            return made.stream().map(Booking::id).toList();
        });
        List<Long> upcomingSoonestFirst = new ArrayList<>(ids.subList(0, upcomingCount));
        Collections.reverse(upcomingSoonestFirst);
        long lapsedHold = ids.get(ids.size() - 1);

        ClientBookings first = manage(manager -> manager.myBookings(client, 0, 0, ClientBookings.PAGE_SIZE,
                id -> Optional.empty()));
        assertThat(first.upcomingPage().total()).isEqualTo(upcomingCount);
        assertThat(first.upcoming()).extracting(ManagedBookingView::id)
                .containsExactlyElementsOf(upcomingSoonestFirst.subList(0, ClientBookings.PAGE_SIZE));
        assertThat(first.pastPage().total()).isEqualTo(pastCount + 1);
        assertThat(first.past()).hasSize(ClientBookings.PAGE_SIZE);
        assertThat(first.past().get(0).id()).as("the lapsed hold starts latest").isEqualTo(lapsedHold);
        assertThat(first.past().get(0).status()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(first.past()).extracting(ManagedBookingView::start)
                .isSortedAccordingTo(Comparator.reverseOrder());

        ClientBookings second = manage(manager -> manager.myBookings(client, ClientBookings.PAGE_SIZE,
                ClientBookings.PAGE_SIZE, ClientBookings.PAGE_SIZE, id -> Optional.empty()));
        assertThat(second.upcoming()).extracting(ManagedBookingView::id)
                .containsExactlyElementsOf(upcomingSoonestFirst.subList(ClientBookings.PAGE_SIZE, upcomingCount));
        assertThat(second.past()).extracting(ManagedBookingView::id)
                .containsExactly(ids.get(upcomingCount + pastCount - 2), ids.get(upcomingCount + pastCount - 1));
        assertThat(manage(manager -> manager.myBookings(client, 1000, 1000, ClientBookings.PAGE_SIZE,
                id -> Optional.empty())).upcoming()).isEmpty();
    }

    @Test
    void dashboardsAndTheAdminSearchFilterAndPageInTheDatabase() {
        long first = book(client, freeType, SLOT);
        long second = book(other, freeType, SLOT.plus(Duration.ofDays(1)));
        long third = book(client, freeType, SLOT.plus(Duration.ofDays(2)));
        cancel(client, third, Canceller.CLIENT, "");

        Page<ManagedBookingView> all = manage(manager -> manager.builderBookings(builder,
                BookingFilter.everything(BERLIN), 0, 2));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(ManagedBookingView::id).containsExactly(first, second);
        assertThat(all.items()).allSatisfy(view -> assertThat(view.viewer()).isEqualTo(ViewerRole.BUILDER));

        BookingFilter onTheFifth = new BookingFilter(Optional.of(LocalDate.of(2026, 12, 5)),
                Optional.of(LocalDate.of(2026, 12, 5)), BERLIN, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(manage(manager -> manager.builderBookings(builder, onTheFifth, 0, 10)).items())
                .extracting(ManagedBookingView::id).containsExactly(second);
        BookingFilter cancelled = new BookingFilter(Optional.empty(), Optional.empty(), BERLIN,
                Optional.of(BookingStatus.CANCELLED_BY_CLIENT), Optional.empty(), Optional.empty());
        assertThat(manage(manager -> manager.builderBookings(builder, cancelled, 0, 10)).items())
                .extracting(ManagedBookingView::id).containsExactly(third);

        BookingFilter byClient = new BookingFilter(Optional.empty(), Optional.empty(), BERLIN, Optional.empty(),
                Optional.of(" CLIENT-" + run.toUpperCase() + " "), Optional.of("Builder-" + run));
        Page<ManagedBookingView> found = manage(manager -> manager.search(byClient, 0, 10));
        assertThat(found.items()).extracting(ManagedBookingView::id).containsExactly(third, first);
        assertThat(found.items()).allSatisfy(view -> assertThat(view.viewer()).isEqualTo(ViewerRole.ADMIN));
        BookingFilter wildcard = new BookingFilter(Optional.empty(), Optional.empty(), BERLIN, Optional.empty(),
                Optional.of("%"), Optional.empty());
        assertThat(manage(manager -> manager.search(wildcard, 0, 10)).total()).isZero();
        BookingFilter backwards = new BookingFilter(Optional.of(LocalDate.of(2026, 12, 5)),
                Optional.of(LocalDate.of(2026, 12, 4)), BERLIN, Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> manage(manager -> manager.search(backwards, 0, 10)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_INPUT));

        ClientBookings mine = manage(manager -> manager.myBookings(client, 0, 0, ClientBookings.PAGE_SIZE,
                id -> Optional.empty()));
        assertThat(mine.upcoming()).extracting(ManagedBookingView::id).containsExactly(first);
        assertThat(mine.past()).extracting(ManagedBookingView::id).containsExactly(third);
    }

    @Test
    void theStatusFilterReadsTheStatusPeopleSeeSoALapsedHoldListsAsExpiredBeforeItIsSwept() {
        long lapsed = book(client, paidType, SLOT);
        clock.advance(HoldLimits.DEFAULT_HOLD.plusSeconds(60));
        long live = book(other, paidType, SLOT.plus(Duration.ofDays(1)));
        long confirmed = book(client, freeType, SLOT.plus(Duration.ofDays(2)));
        assertThat(status(lapsed)).as("not swept yet").isEqualTo(BookingStatus.HELD);

        assertThat(adminSearch(BookingStatus.HELD)).containsExactly(live);
        assertThat(adminSearch(BookingStatus.EXPIRED)).containsExactly(lapsed);
        assertThat(adminSearch(BookingStatus.CONFIRMED)).containsExactly(confirmed);
        BookingFilter held = new BookingFilter(Optional.empty(), Optional.empty(), BERLIN,
                Optional.of(BookingStatus.HELD), Optional.empty(), Optional.empty());
        Page<ManagedBookingView> builders = manage(manager -> manager.builderBookings(builder, held, 0, 10));
        assertThat(builders.total()).isEqualTo(1);
        assertThat(builders.items()).extracting(ManagedBookingView::id).containsExactly(live);
    }

    private List<Long> adminSearch(BookingStatus status) {
        BookingFilter filter = new BookingFilter(Optional.empty(), Optional.empty(), BERLIN, Optional.of(status),
                Optional.empty(), Optional.of("Builder-" + run));
        Page<ManagedBookingView> found = manage(manager -> manager.search(filter, 0, 10));
        assertThat(found.total()).isEqualTo(found.items().size());
        return found.items().stream().map(ManagedBookingView::id).toList();
    }

    /**
     * A client's story, told in order: they book a paid session and pay, move it to the next day, then cancel a
     * day and a half before the time they first booked (two and a half days before the new one), and get half back
     * under the terms they booked with, once the provider answers: the move did not reset the cancellation clock.
     */
    @Test
    void aClientBooksPaysMovesCancelsAndGetsTheTermsRefund() {
        long booking = paidBooking(client, SLOT);
        Instant nextDay = SLOT.plus(Duration.ofDays(1));
        manage(manager -> manager.reschedule(client, booking, nextDay));

        clock.advance(Duration.between(NOW, SLOT.minus(Duration.ofHours(36))));
        BookingDetails moved = manage(manager -> manager.details(client, booking));
        assertThat(moved.terms().keepsOriginalDeadlines()).isTrue();
        assertThat(moved.terms().windows().get(0).until()).as("free cancellation ended 48 h before the first start")
                .isEqualTo(SLOT.minus(Duration.ofHours(48)));
        assertThat(moved.terms().rescheduleUntil()).as("moving follows the current start")
                .isEqualTo(nextDay.minus(Duration.ofHours(24)));
        CancellationPreview preview = manage(manager -> manager.previewCancellation(client, booking,
                Canceller.CLIENT));
        assertThat(preview.percent()).isEqualTo(50);
        cancel(client, booking, Canceller.CLIENT, "found the bug myself");
        process.sweep();

        BookingDetails details = manage(manager -> manager.details(client, booking));
        assertThat(details.booking().status()).isEqualTo(BookingStatus.CANCELLED_BY_CLIENT);
        assertThat(details.booking().payment().orElseThrow().refunded()).isEqualTo(new Money(3000,
                PRICE.currency()));
        assertThat(details.timeline()).extracting(BookingHistoryEntry::to).containsExactly(BookingStatus.HELD,
                BookingStatus.CONFIRMED, BookingStatus.CONFIRMED, BookingStatus.CANCELLED_BY_CLIENT);
        assertThat(details.timeline().get(2).movedFrom()).contains(SLOT);
    }

    private long book(BookingManager.Caller who, long type, Instant start) {
        return DATABASE.inTransaction(entityManager -> SlotBookers.over(entityManager, clock,
                        BookingPolicySource.fixed(BookingLimits.DEFAULTS, HoldLimits.DEFAULTS), availabilityCache,
                        change -> { })
                .book(who.principalName(), new BookingRequest(type, start, BERLIN, "Review my code", null)).id());
    }

    /** A paid session, booked and paid in the test mode: CONFIRMED with a PAID payment. */
    private long paidBooking(BookingManager.Caller who, Instant start) {
        long booking = book(who, paidType, start);
        CheckoutStart checkout = process.startCheckout(who.principalName(), booking);
        process.receive(TestModeEvents.checkoutPaid(checkout.checkoutSessionId(), booking, PRICE, clock.instant()));
        assertThat(status(booking)).isEqualTo(BookingStatus.CONFIRMED);
        return booking;
    }

    private static Payment payment(long booking) {
        return DATABASE.inTransaction(entityManager -> new JpaPaymentRepository(entityManager).ofBooking(booking)
                .orElseThrow());
    }

    private static List<Refund> refundsOf(long booking) {
        return DATABASE.inTransaction(entityManager -> {
            JpaPaymentRepository payments = new JpaPaymentRepository(entityManager);
            return payments.ofBooking(booking).map(payments::refundsOf).orElse(List.of());
        });
    }

    private static BookingStatus status(long booking) {
        return DATABASE.inTransaction(entityManager -> entityManager.find(Booking.class, booking).status());
    }

    private static Instant start(long booking) {
        return DATABASE.inTransaction(entityManager -> entityManager.find(Booking.class, booking).startsAt());
    }

    private static List<BookingEvent> history(long booking) {
        return DATABASE.inTransaction(entityManager -> new JpaBookingRepository(entityManager, change -> { })
                .eventsOf(entityManager.find(Booking.class, booking)));
    }
}
