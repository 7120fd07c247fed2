package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.infrastructure.JpaPaymentRepository;
import com.buildappswith.booking.payment.infrastructure.TestModeEvents;
import com.buildappswith.booking.payment.model.CheckoutLinks;
import com.buildappswith.booking.payment.model.CheckoutRequest;
import com.buildappswith.booking.payment.model.CheckoutSession;
import com.buildappswith.booking.payment.model.CheckoutState;
import com.buildappswith.booking.payment.model.Payment;
import com.buildappswith.booking.payment.model.PaymentEvent;
import com.buildappswith.booking.payment.model.PaymentGateway;
import com.buildappswith.booking.payment.model.PaymentProviderException;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.Refund;
import com.buildappswith.booking.payment.model.RefundOutcome;
import com.buildappswith.booking.payment.model.RefundProgress;
import com.buildappswith.booking.payment.model.RefundRequest;
import com.buildappswith.booking.payment.model.RefundSettled;
import com.buildappswith.booking.payment.model.RefundStatus;
import com.buildappswith.booking.profile.infrastructure.JpaAccountRepository;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.application.AvailabilityCache;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingSettlement;
import com.buildappswith.booking.scheduling.application.Seeds;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.scheduling.infrastructure.JpaBookingRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.infrastructure.SlotBookers;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingEvent;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.MovableClock;
import com.buildappswith.booking.shared.ProblemType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A paid booking's whole payment lifecycle against a real database (PostgreSQL when BOOKING_DB_URL names one, else
 * the embedded H2) in test mode, without a container: the same process and transactions the server runs.
 */
class PaymentProcessTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant SLOT = LocalDate.of(2026, 12, 4).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Money PRICE = new Money(9900, Currency.getInstance("EUR"));
    private static final int DELIVERIES = 20;

    @RegisterExtension
    // Enough connections for every delivery of the race below to hold its own transaction at once.
    static final TestDatabase DATABASE = TestDatabase.withConnections(DELIVERIES + 1);

    private final AvailabilityCache availabilityCache = new AvailabilityCache();
    /** What happens at the provider while it is opening a checkout, before it answers. */
    private Runnable whileOpening = () -> { };
    /** What the provider answers about a checkout, when a test says so; else what the test mode reads. */
    private Optional<CheckoutState> providerSays = Optional.empty();
    private boolean refundsFail;
    /** What happens at the provider while it is taking a refund, before it answers. */
    private Consumer<RefundRequest> whileRefunding = request -> { };
    private final List<String> refundsAsked = new ArrayList<>();
    /**
     * What the provider answers to the next attempts at a refund, by the refund's own key, in order; the test mode's
     * answer once they are used up (the sweep also asks for other tests' refunds in the same database).
     */
    private final Map<String, Deque<RefundOutcome.Status>> refundAnswers = new HashMap<>();
    /** Every refund settled meanwhile, also other tests' (the sweep settles every due refund in the database). */
    private final List<RefundSettled> settled = new ArrayList<>();
    private final List<String> checkoutsClosed = new ArrayList<>();
    private final MovableClock clock = new MovableClock(START);
    private PaymentProcess process;
    private long paidType;
    private String client;
    private String otherClient;

    @BeforeEach
    void seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        client = "client-" + run + "@example.com";
        otherClient = "other-" + run + "@example.com";
        paidType = DATABASE.inTransaction(entityManager -> {
            BuilderProfile builder = Seeds.listedBuilder(entityManager, "builder-" + run + "@example.com", BERLIN,
                    LocalTime.of(9, 0), LocalTime.of(17, 0));
            SessionType type = new SessionType(builder, "Code review", "An hour", Duration.ofHours(1), PRICE);
            entityManager.persist(type);
            Seeds.client(entityManager, client, BERLIN);
            Seeds.client(entityManager, otherClient, BERLIN);
            entityManager.flush();
            return type.id();
        });
        CheckoutLinks links = new CheckoutLinks(URI.create("http://localhost:8080"));
        process = new PaymentProcess(TestPayments.transactions(DATABASE, clock, settled::add),
                new ProviderMoment(TestPayments.testMode(DATABASE, links, clock)), links, clock);
    }

    /** The test mode's gateway, with a moment inside its checkout call where a test lets something happen. */
    private final class ProviderMoment extends TestPayments.ForwardingGateway {

        ProviderMoment(PaymentGateway provider) {
            super(provider);
        }

        @Override
        public CheckoutSession openCheckout(CheckoutRequest request) {
            whileOpening.run();
            return super.openCheckout(request);
        }

        @Override
        public CheckoutState checkout(String checkoutSessionId) {
            return providerSays.orElseGet(() -> super.checkout(checkoutSessionId));
        }

        @Override
        public CheckoutState expireCheckout(String checkoutSessionId) {
            checkoutsClosed.add(checkoutSessionId);
            return super.expireCheckout(checkoutSessionId);
        }

        @Override
        public RefundOutcome refund(RefundRequest request) {
            refundsAsked.add(request.idempotencyKey());
            whileRefunding.accept(request);
            if (refundsFail) {
                throw new PaymentProviderException("The provider could not be reached.", true, null);
            }
            List<String> keys = Refund.keysBehind(request.idempotencyKey());
            RefundOutcome.Status answer = Optional.ofNullable(refundAnswers.get(keys.get(keys.size() - 1)))
                    .map(Deque::poll).orElse(null);
            if (answer != null) {
                return new RefundOutcome("re_" + request.idempotencyKey(), answer,
                        answer == RefundOutcome.Status.FAILED ? Optional.of("expired_or_canceled_card")
                                : Optional.empty());
            }
            return super.refund(request);
        }
    }

    @Test
    void aPaidBookingOpensOneCheckoutAndPayingItConfirmsTheBookingOnce() {
        long booking = book(client);
        CheckoutStart checkout = process.startCheckout(client, booking);
        assertThat(checkout.testMode()).isTrue();
        assertThat(checkout.checkoutSessionId()).startsWith("cs_test_mode_");
        assertThat(checkout.checkoutUrl().toString())
                .isEqualTo("http://localhost:8080/payments/test-checkout?session=" + checkout.checkoutSessionId());
        assertThat(checkout.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(35)));
        assertThat(process.startCheckout(client, booking)).isEqualTo(checkout);
        assertThat(payment(booking).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(payment(booking).amount()).isEqualTo(PRICE);

        PaymentEvent paid = TestModeEvents.checkoutPaid(checkout.checkoutSessionId(), booking, PRICE,
                clock.instant());
        assertThat(process.receive(paid)).isEqualTo(PaymentEventOutcome.APPLIED);
        assertThat(process.receive(paid)).isEqualTo(PaymentEventOutcome.ALREADY_PROCESSED);
        assertThat(process.receive(expired("evt_late_expiry", checkout.checkoutSessionId())))
                .isEqualTo(PaymentEventOutcome.NO_CHANGE);

        assertThat(status(booking)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(payment(booking).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(history(booking)).extracting(BookingEvent::to)
                .containsExactly(BookingStatus.HELD, BookingStatus.CONFIRMED);
        PaymentView view = process.confirmReturn(client, booking);
        assertThat(view.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(view.checkoutUrl()).isEmpty();
        assertThat(process.ofBooking(otherClient, booking)).isEmpty();
    }

    /**
     * The provider delivers one event many times at once: each delivery inserts the event's row first, the database
     * lets one through and refuses the others (waiting for the first to commit), so the payment moves once and the
     * booking gains one event.
     */
    @Test
    void twentyDeliveriesOfOneEventAtOnceTakeEffectOnce() throws Exception {
        long booking = book(client);
        String checkout = process.startCheckout(client, booking).checkoutSessionId();
        PaymentEvent paid = TestModeEvents.checkoutPaid(checkout, booking, PRICE, clock.instant());
        ExecutorService deliveries = Executors.newFixedThreadPool(DELIVERIES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PaymentEventOutcome>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < DELIVERIES; i++) {
                answers.add(deliveries.submit(() -> {
                    start.await();
                    return process.receive(paid);
                }));
            }
            start.countDown();
            List<PaymentEventOutcome> outcomes = new ArrayList<>();
            for (Future<PaymentEventOutcome> answer : answers) {
                outcomes.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(outcome -> outcome == PaymentEventOutcome.APPLIED).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> outcome == PaymentEventOutcome.ALREADY_PROCESSED)
                    .hasSize(DELIVERIES - 1);
        } finally {
            deliveries.shutdownNow();
        }
        assertThat(status(booking)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(history(booking)).extracting(BookingEvent::to)
                .containsExactly(BookingStatus.HELD, BookingStatus.CONFIRMED);
        long recorded = DATABASE.inTransaction(entityManager -> entityManager.createQuery(
                        "select count(e) from ProcessedWebhookEvent e where e.providerEventId = :id", Long.class)
                .setParameter("id", paid.eventId())
                .getSingleResult());
        assertThat(recorded).isEqualTo(1);
    }

    /** The client is back before the webhook: the success page asks the provider and applies what it says, once. */
    @Test
    void theReturnChecksWithTheProviderAndTheLaterEventChangesNothing() {
        long booking = book(client);
        String checkout = process.startCheckout(client, booking).checkoutSessionId();
        assertThat(process.confirmReturn(client, booking).status()).isEqualTo(PaymentStatus.OPEN);

        providerSays = Optional.of(new CheckoutState(checkout, CheckoutState.Status.COMPLETE, true,
                Optional.of("pi_returned")));
        assertThat(process.confirmReturn(client, booking).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(status(booking)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(payment(booking).paymentIntentId()).contains("pi_returned");

        assertThat(process.receive(TestModeEvents.checkoutPaid(checkout, booking, PRICE, clock.instant())))
                .isEqualTo(PaymentEventOutcome.NO_CHANGE);
        assertThat(history(booking)).extracting(BookingEvent::to)
                .containsExactly(BookingStatus.HELD, BookingStatus.CONFIRMED);
        assertThatThrownBy(() -> process.confirmReturn(otherClient, booking))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).type()).isEqualTo(ProblemType.NOT_FOUND);
    }

    @Test
    void aProviderThatFailsLeavesTheHoldAndPaymentForARetryThatOpensTheCheckout() {
        long booking = book(client);
        whileOpening = () -> {
            throw new PaymentProviderException("unreachable", true, null);
        };
        assertThatThrownBy(() -> process.startCheckout(client, booking))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Your slot stays held until " + START.plus(HoldLimits.DEFAULT_HOLD))
                .extracting(e -> ((DomainException) e).type()).isEqualTo(ProblemType.UNAVAILABLE);
        assertThat(status(booking)).isEqualTo(BookingStatus.HELD);
        assertThat(payment(booking).checkoutSessionId()).isEmpty();

        whileOpening = () -> { };
        clock.advance(Duration.ofSeconds(60));
        CheckoutStart checkout = process.startCheckout(client, booking);
        assertThat(payment(booking).checkoutSessionId()).contains(checkout.checkoutSessionId());
        assertThat(checkout.expiresAt()).as("the same parameters as the first attempt")
                .isEqualTo(START.plus(Duration.ofMinutes(35)));
    }

    @Test
    void aHoldThatLapsesWhileTheProviderAnswersGetsNoCheckout() {
        long booking = book(client);
        whileOpening = () -> {
            clock.advance(HoldLimits.DEFAULT_HOLD.plusSeconds(60));
            process.sweep();
        };
        assertThatThrownBy(() -> process.startCheckout(client, booking))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("book again");
        assertThat(status(booking)).isEqualTo(BookingStatus.EXPIRED);
        assertThat(payment(booking).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(process.ofBooking(client, booking).orElseThrow().checkoutUrl()).isEmpty();
    }

    @Test
    void someoneElsesBookingIsNotFoundAndALapsedHoldMustBeBookedAgain() {
        long booking = book(client);
        assertThatThrownBy(() -> process.startCheckout(otherClient, booking))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).type()).isEqualTo(ProblemType.NOT_FOUND);
        clock.advance(HoldLimits.DEFAULT_HOLD);
        assertThatThrownBy(() -> process.startCheckout(client, booking))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("book again");
    }

    @Test
    void aLatePaymentConfirmsWhileTheSlotIsStillFree() {
        long booking = book(client);
        String checkout = process.startCheckout(client, booking).checkoutSessionId();
        clock.advance(HoldLimits.DEFAULT_HOLD.plusSeconds(60));
        process.sweep();
        assertThat(status(booking)).isEqualTo(BookingStatus.EXPIRED);
        assertThat(payment(booking).status()).isEqualTo(PaymentStatus.EXPIRED);

        assertThat(process.receive(TestModeEvents.checkoutPaid(checkout, booking, PRICE, clock.instant())))
                .isEqualTo(PaymentEventOutcome.APPLIED);
        assertThat(status(booking)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(payment(booking).status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aLatePaymentForATakenSlotIsRefundedInFullAndTheOtherBookingStays() {
        long booking = book(client);
        String checkout = process.startCheckout(client, booking).checkoutSessionId();
        clock.advance(HoldLimits.DEFAULT_HOLD.plusSeconds(60));
        long other = book(otherClient);
        assertThat(status(booking)).isEqualTo(BookingStatus.EXPIRED);

        assertThat(process.receive(TestModeEvents.checkoutPaid(checkout, booking, PRICE, clock.instant())))
                .isEqualTo(PaymentEventOutcome.REFUNDED_LATE_PAYMENT);
        assertThat(status(booking)).isEqualTo(BookingStatus.EXPIRED);
        assertThat(history(booking)).extracting(BookingEvent::reason).last()
                .isEqualTo(BookingSettlement.PAID_AFTER_HOLD);
        assertThat(status(other)).isEqualTo(BookingStatus.HELD);
        Payment payment = payment(booking);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment.refundedAmount()).isEqualTo(PRICE);
        List<Refund> refunds = DATABASE.inTransaction(entityManager ->
                new JpaPaymentRepository(entityManager).refundsOf(payment));
        assertThat(refunds).singleElement().satisfies(refund -> {
            assertThat(refund.amount()).isEqualTo(PRICE);
            assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
            assertThat(refund.providerRefundId()).hasValueSatisfying(id -> assertThat(id).startsWith("re_test_mode_"));
        });
    }

    @Test
    void aRefundTheProviderCouldNotTakeStaysPendingAndTheSweepRetriesIt() {
        long booking = book(client);
        String checkout = process.startCheckout(client, booking).checkoutSessionId();
        clock.advance(HoldLimits.DEFAULT_HOLD.plusSeconds(60));
        book(otherClient);
        refundsFail = true;

        assertThat(process.receive(TestModeEvents.checkoutPaid(checkout, booking, PRICE, clock.instant())))
                .isEqualTo(PaymentEventOutcome.REFUNDED_LATE_PAYMENT);
        Refund pending = refundOf(booking);
        assertThat(pending.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastError()).contains("The provider could not be reached.");
        assertThat(process.ofBooking(client, booking).orElseThrow().refundPending()).isTrue();

        refundsFail = false;
        process.sweep();
        assertThat(refundOf(booking).status()).as("not due before its backoff").isEqualTo(RefundStatus.PENDING);
        clock.advance(Duration.ofMinutes(1));
        process.sweep();
        assertThat(refundOf(booking).status()).isEqualTo(RefundStatus.SUCCEEDED);
        PaymentView view = process.ofBooking(client, booking).orElseThrow();
        assertThat(view.refunded()).isEqualTo(PRICE);
        assertThat(view.refundPending()).isFalse();
    }

    @Test
    void aRefundIsAskedForByOneAskerOnlyWhileAnotherFindsItDueAtTheSameMoment() {
        long booking = paidBooking();
        whileRefunding = request -> {
            whileRefunding = other -> { };
            assertThat(process.requestRefund(refundByKey("first").id())).as("claimed by the first asker").isEmpty();
        };

        assertThat(process.refund(booking, new Money(1000, PRICE.currency()), "goodwill", "first")).isPresent();

        assertThat(refundsAsked).containsExactly("first");
        assertThat(refundByKey("first").status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(payment(booking).refundedAmount()).isEqualTo(new Money(1000, PRICE.currency()));
    }

    @Test
    void oneRefundThatBreaksTheSweepLeavesTheOthersAskedForAndWaitsForItsClaimToRunOut() {
        long booking = paidBooking();
        refundsFail = true;
        process.refund(booking, new Money(1000, PRICE.currency()), "goodwill", "breaks");
        process.refund(booking, new Money(2000, PRICE.currency()), "goodwill", "works");
        refundsFail = false;
        whileRefunding = request -> {
            if (request.idempotencyKey().equals("breaks")) {
                throw new IllegalStateException("an answer nobody expected");
            }
        };
        clock.advance(Duration.ofMinutes(1));

        assertThat(process.sweep()).isEqualTo(1);

        assertThat(refundByKey("works").status()).isEqualTo(RefundStatus.SUCCEEDED);
        Refund broken = refundByKey("breaks");
        assertThat(broken.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(broken.nextAttemptAt()).contains(clock.instant().plus(Refund.CLAIM));
    }

    @Test
    void aRefundTheProviderFailedIsAskedForAgainUnderANewKeyAfterItsBackoffAndSettlesOnce() {
        long booking = paidBooking();
        Money part = new Money(4000, PRICE.currency());
        answers("booking-cancel", RefundOutcome.Status.FAILED);

        process.refund(booking, part, "cancelled by the client", "booking-cancel");

        Refund failedOnce = refundByKey("booking-cancel");
        assertThat(failedOnce.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(failedOnce.providerFailures()).isEqualTo(1);
        assertThat(failedOnce.providerRefundId()).as("forgotten, so a new one is asked for").isEmpty();
        assertThat(failedOnce.lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains("re_booking-cancel", "failed", "expired_or_canceled_card"));
        assertThat(failedOnce.nextAttemptAt()).contains(clock.instant().plus(Refund.providerRetryDelay(1)));
        assertThat(process.ofBooking(client, booking).orElseThrow().refunds()).isEqualTo(RefundProgress.RETRYING);
        assertThat(settledOf(booking)).as("still owed: nobody is told yet").isEmpty();

        clock.advance(Refund.providerRetryDelay(1).minusSeconds(1));
        process.sweep();
        assertThat(asked("booking-cancel")).as("not before its backoff").containsExactly("booking-cancel");

        clock.advance(Duration.ofSeconds(1));
        process.sweep();
        assertThat(asked("booking-cancel")).containsExactly("booking-cancel", "booking-cancel-retry-1");
        Refund succeeded = refundByKey("booking-cancel");
        assertThat(succeeded.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(succeeded.providerRefundId()).isPresent();
        assertThat(payment(booking).refundedAmount()).isEqualTo(part);
        assertThat(process.ofBooking(client, booking).orElseThrow().refunds()).isEqualTo(RefundProgress.NONE);
        assertThat(settledOf(booking))
                .containsExactly(new RefundSettled(booking, succeeded.id(), part, true, Optional.empty()));

        assertThat(process.receive(refundEvent("evt_again", succeeded.providerRefundId().orElseThrow(),
                RefundOutcome.Status.SUCCEEDED))).isEqualTo(PaymentEventOutcome.APPLIED);
        assertThat(settledOf(booking)).as("once per settlement").hasSize(1);
        assertThat(payment(booking).refundedAmount()).isEqualTo(part);
    }

    @Test
    void aRefundTheProviderFailsTooOftenNeedsAnAdminAndIsNotAskedForAgain() {
        long booking = paidBooking();
        for (int i = 0; i < Refund.MAX_PROVIDER_FAILURES; i++) {
            answers("builder-cancel", RefundOutcome.Status.FAILED);
        }
        process.refund(booking, PRICE, "cancelled by the builder", "builder-cancel");
        for (int failures = 1; failures < Refund.MAX_PROVIDER_FAILURES; failures++) {
            clock.advance(Refund.providerRetryDelay(failures));
            process.sweep();
        }

        Refund failed = refundByKey("builder-cancel");
        assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(failed.providerFailures()).isEqualTo(Refund.MAX_PROVIDER_FAILURES);
        assertThat(asked("builder-cancel"))
                .containsExactly("builder-cancel", "builder-cancel-retry-1", "builder-cancel-retry-2");
        assertThat(settledOf(booking)).singleElement().satisfies(event -> {
            assertThat(event.bookingId()).isEqualTo(booking);
            assertThat(event.refundId()).isEqualTo(failed.id());
            assertThat(event.amount()).isEqualTo(PRICE);
            assertThat(event.succeeded()).isFalse();
            assertThat(event.failure()).hasValueSatisfying(why -> assertThat(why).contains("expired_or_canceled_card"));
        });
        PaymentView view = process.ofBooking(client, booking).orElseThrow();
        assertThat(view.refunds()).isEqualTo(RefundProgress.NEEDS_ATTENTION);
        assertThat(view.refundPending()).as("the client still waits for the money").isTrue();
        RefundProgress onDashboards = DATABASE.inTransaction(entityManager -> new PaymentLedger(
                new JpaPaymentRepository(entityManager), true, clock).summariesOf(List.of(booking)).get(booking).refunds());
        assertThat(onDashboards).isEqualTo(RefundProgress.NEEDS_ATTENTION);
        List<RefundAttention> forAdmins = DATABASE.inTransaction(entityManager -> new PaymentLedger(
                new JpaPaymentRepository(entityManager), true, clock).refundsNeedingAttention(1000));
        assertThat(forAdmins).anySatisfy(attention -> {
            assertThat(attention.refundId()).isEqualTo(failed.id());
            assertThat(attention.bookingId()).isEqualTo(booking);
            assertThat(attention.providerFailures()).isEqualTo(Refund.MAX_PROVIDER_FAILURES);
        });

        clock.advance(Duration.ofDays(2));
        process.sweep();
        assertThat(asked("builder-cancel")).as("given up on until a person acts").hasSize(Refund.MAX_PROVIDER_FAILURES);
        assertThat(settledOf(booking)).hasSize(1);
    }

    @Test
    void aRefundTheProviderLaterReportsFailedThroughItsWebhookIsRetriedAndSucceeds() {
        long booking = paidBooking();
        answers("webhook-cancel", RefundOutcome.Status.PENDING);
        process.refund(booking, PRICE, "cancelled by the builder", "webhook-cancel");
        String providerRefund = refundByKey("webhook-cancel").providerRefundId().orElseThrow();
        assertThat(process.ofBooking(client, booking).orElseThrow().refunds()).isEqualTo(RefundProgress.PENDING);

        assertThat(process.receive(refundEvent("evt_failed", providerRefund, RefundOutcome.Status.FAILED)))
                .isEqualTo(PaymentEventOutcome.APPLIED);
        assertThat(refundByKey("webhook-cancel").providerFailures()).isEqualTo(1);
        assertThat(process.ofBooking(client, booking).orElseThrow().refunds()).isEqualTo(RefundProgress.RETRYING);
        assertThat(process.receive(refundEvent("evt_updated", providerRefund, RefundOutcome.Status.FAILED)))
                .as("the same failure's other event (refund.updated beside refund.failed) counts nothing")
                .isEqualTo(PaymentEventOutcome.NOT_OURS);
        assertThat(refundByKey("webhook-cancel").providerFailures()).isEqualTo(1);

        clock.advance(Refund.providerRetryDelay(1));
        process.sweep();
        assertThat(asked("webhook-cancel")).containsExactly("webhook-cancel", "webhook-cancel-retry-1");
        assertThat(refundByKey("webhook-cancel").status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(payment(booking).refundedAmount()).isEqualTo(PRICE);
        assertThat(settledOf(booking)).singleElement().satisfies(event -> assertThat(event.succeeded()).isTrue());
    }

    @Test
    void moneyThatArrivesAfterTheClientLeftTheCheckoutIsRefundedInFullThoughTheSlotIsFree() {
        long booking = book(client);
        String checkout = process.startCheckout(client, booking).checkoutSessionId();
        process.releaseHold(client, booking);
        assertThat(checkoutsClosed).containsExactly(checkout);

        assertThat(process.receive(TestModeEvents.checkoutPaid(checkout, booking, PRICE, clock.instant())))
                .isEqualTo(PaymentEventOutcome.REFUNDED_LATE_PAYMENT);

        assertThat(status(booking)).isEqualTo(BookingStatus.EXPIRED);
        assertThat(history(booking)).extracting(BookingEvent::reason).last()
                .isEqualTo(BookingSettlement.PAID_AFTER_LET_GO);
        assertThat(refundOf(booking).amount()).isEqualTo(PRICE);
        assertThat(refundOf(booking).status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(payment(booking).refundedAmount()).isEqualTo(PRICE);
    }

    @Test
    void aHoldLetGoOnTheDashboardExpiresItsPaymentAndClosesItsCheckoutAfterTheCommit() {
        long booking = book(client);
        String checkout = process.startCheckout(client, booking).checkoutSessionId();

        Optional<String> toClose = DATABASE.inTransaction(entityManager -> {
            new BookingSettlement(new JpaAccountRepository(entityManager), new JpaScheduleOwnerRepository(entityManager),
                    new JpaBookingRepository(entityManager, change -> { }), clock)
                    .expire(booking, client, "cancelled by the client");
            return new PaymentLedger(new JpaPaymentRepository(entityManager), true, clock).letCheckoutGo(booking);
        });
        assertThat(toClose).contains(checkout);
        assertThat(payment(booking).status()).isEqualTo(PaymentStatus.EXPIRED);
        Optional<String> again = DATABASE.inTransaction(entityManager -> new PaymentLedger(
                new JpaPaymentRepository(entityManager), true, clock).letCheckoutGo(booking));
        assertThat(again).as("nothing left to close").isEmpty();

        process.closeCheckout(toClose.get());
        assertThat(checkoutsClosed).containsExactly(checkout);
        assertThat(process.receive(TestModeEvents.checkoutPaid(checkout, booking, PRICE, clock.instant())))
                .isEqualTo(PaymentEventOutcome.REFUNDED_LATE_PAYMENT);
        assertThat(payment(booking).refundedAmount()).isEqualTo(PRICE);
        assertThat(book(otherClient)).as("the slot stayed free").isPositive();
    }

    @Test
    void aRefundEventThatOvertakesTheProviderAnswerFindsItsRefundByTheKeyItWasAskedUnderAndCountsOnce() {
        long booking = paidBooking();
        answers("overtaken", RefundOutcome.Status.SUCCEEDED);
        whileRefunding = request -> assertThat(process.receive(refundEvent("evt_early", "re_" + request.idempotencyKey(),
                RefundOutcome.Status.SUCCEEDED, request.idempotencyKey()))).isEqualTo(PaymentEventOutcome.APPLIED);

        process.refund(booking, PRICE, "cancelled by the builder", "overtaken");

        Refund refund = refundByKey("overtaken");
        assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refund.providerRefundId()).contains("re_overtaken");
        assertThat(payment(booking).refundedAmount()).isEqualTo(PRICE);
        assertThat(settledOf(booking)).hasSize(1);
    }

    @Test
    void aFailureEventThatOvertakesTheProviderAnswerCountsOneFailedAttemptAndAnEventOfThatAttemptLaterNothing() {
        long booking = paidBooking();
        answers("failed-early", RefundOutcome.Status.FAILED);
        whileRefunding = request -> process.receive(refundEvent("evt_early_failure", "re_" + request.idempotencyKey(),
                RefundOutcome.Status.FAILED, request.idempotencyKey()));

        process.refund(booking, PRICE, "cancelled by the builder", "failed-early");

        Refund refund = refundByKey("failed-early");
        assertThat(refund.providerFailures()).isEqualTo(1);
        assertThat(refund.progress()).isEqualTo(RefundProgress.RETRYING);
        assertThat(process.receive(refundEvent("evt_late_failure", "re_failed-early", RefundOutcome.Status.FAILED,
                "failed-early"))).as("about an attempt that ended").isEqualTo(PaymentEventOutcome.NOT_OURS);
        assertThat(refundByKey("failed-early").providerFailures()).isEqualTo(1);
    }

    @Test
    void theCancelAddressLetsTheSlotGoAtOnce() {
        long booking = book(client);
        process.startCheckout(client, booking);
        process.releaseHold(client, booking);
        assertThat(status(booking)).isEqualTo(BookingStatus.EXPIRED);
        assertThat(payment(booking).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(history(booking)).extracting(BookingEvent::reason).last().isEqualTo("checkout cancelled");
        assertThat(book(otherClient)).isPositive();
    }

    @Test
    void aPageShowingManyBookingsGetsThePaymentsOfThoseItsViewerIsAPartyTo() {
        long booking = book(client);
        process.startCheckout(client, booking);

        assertThat(process.ofBookings(client, List.of(booking, booking + 100_000)))
                .containsOnlyKeys(booking)
                .hasEntrySatisfying(booking, view -> {
                    assertThat(view.status()).isEqualTo(PaymentStatus.OPEN);
                    assertThat(view.amount()).isEqualTo(PRICE);
                    assertThat(view.testMode()).isTrue();
                });
        assertThat(process.ofBookings(otherClient, List.of(booking))).isEmpty();
        assertThat(process.ofBookings(client, List.of())).isEmpty();
    }

    private long book(String principal) {
        return DATABASE.inTransaction(entityManager -> SlotBookers.over(entityManager, Clock.fixed(clock.instant(),
                                ZoneOffset.UTC), BookingPolicySource.fixed(BookingLimits.DEFAULTS, HoldLimits.DEFAULTS),
                        availabilityCache, change -> { })
                .book(principal, new BookingRequest(paidType, SLOT, BERLIN, "Review my code", null)).id());
    }

    /** A booking of {@link #client} paid while its hold was live: CONFIRMED, its payment PAID. */
    private long paidBooking() {
        long booking = book(client);
        String checkout = process.startCheckout(client, booking).checkoutSessionId();
        process.receive(TestModeEvents.checkoutPaid(checkout, booking, PRICE, clock.instant()));
        assertThat(payment(booking).status()).isEqualTo(PaymentStatus.PAID);
        return booking;
    }

    private void answers(String refundKey, RefundOutcome.Status... statuses) {
        refundAnswers.computeIfAbsent(refundKey, key -> new ArrayDeque<>()).addAll(List.of(statuses));
    }

    /** The keys the provider was asked under for the refund of {@code refundKey}, in order. */
    private List<String> asked(String refundKey) {
        return refundsAsked.stream().filter(key -> Refund.keysBehind(key).contains(refundKey)).toList();
    }

    private List<RefundSettled> settledOf(long booking) {
        return settled.stream().filter(event -> event.bookingId() == booking).toList();
    }

    private static Refund refundByKey(String idempotencyKey) {
        return DATABASE.inTransaction(entityManager ->
                new JpaPaymentRepository(entityManager).refundByIdempotencyKey(idempotencyKey).orElseThrow());
    }

    private PaymentEvent refundEvent(String eventId, String providerRefund, RefundOutcome.Status status) {
        return refundEvent(eventId, providerRefund, status, null);
    }

    /** A provider event about a refund, naming the key it was asked under when {@code askedUnder} is not null. */
    private PaymentEvent refundEvent(String eventId, String providerRefund, RefundOutcome.Status status,
                                     String askedUnder) {
        return new PaymentEvent(eventId + "-" + UUID.randomUUID(), PaymentEvent.Kind.REFUND_UPDATED, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new RefundOutcome(providerRefund, status,
                status == RefundOutcome.Status.FAILED ? Optional.of("expired_or_canceled_card") : Optional.empty(),
                Optional.ofNullable(askedUnder))), clock.instant());
    }

    private static PaymentEvent expired(String eventId, String checkout) {
        return new PaymentEvent(eventId, PaymentEvent.Kind.CHECKOUT_EXPIRED, Optional.of(checkout), Optional.empty(),
                Optional.empty(), Optional.empty(), START);
    }

    private static Payment payment(long booking) {
        return DATABASE.inTransaction(entityManager ->
                new JpaPaymentRepository(entityManager).ofBooking(booking).orElseThrow());
    }

    private static Refund refundOf(long booking) {
        return DATABASE.inTransaction(entityManager -> {
            JpaPaymentRepository payments = new JpaPaymentRepository(entityManager);
            return payments.refundsOf(payments.ofBooking(booking).orElseThrow()).get(0);
        });
    }

    private static BookingStatus status(long booking) {
        return DATABASE.inTransaction(entityManager -> entityManager.find(Booking.class, booking).status());
    }

    private static List<BookingEvent> history(long booking) {
        return DATABASE.inTransaction(entityManager -> new JpaBookingRepository(entityManager, change -> { })
                .eventsOf(entityManager.find(Booking.class, booking)));
    }
}
