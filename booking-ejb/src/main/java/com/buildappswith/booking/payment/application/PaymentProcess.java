package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.model.CheckoutExpiry;
import com.buildappswith.booking.payment.model.CheckoutLinks;
import com.buildappswith.booking.payment.model.CheckoutRequest;
import com.buildappswith.booking.payment.model.CheckoutSession;
import com.buildappswith.booking.payment.model.CheckoutState;
import com.buildappswith.booking.payment.model.LatePayment;
import com.buildappswith.booking.payment.model.Payment;
import com.buildappswith.booking.payment.model.PaymentEvent;
import com.buildappswith.booking.payment.model.PaymentGateway;
import com.buildappswith.booking.payment.model.PaymentProviderException;
import com.buildappswith.booking.payment.model.PaymentSignal;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.ProcessedWebhookEvent;
import com.buildappswith.booking.payment.model.Refund;
import com.buildappswith.booking.payment.model.RefundOutcome;
import com.buildappswith.booking.payment.model.RefundProgress;
import com.buildappswith.booking.payment.model.RefundSettled;
import com.buildappswith.booking.payment.model.RefundRequest;
import com.buildappswith.booking.scheduling.application.BookingSettlement;
import com.buildappswith.booking.scheduling.application.PayableBooking;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The payment lifecycle of a paid booking, as plain Java over short transactions and a gateway: the provider is
 * called only between transactions, so no database lock is held while it answers, and what must survive a provider
 * that fails (the payment row, a refund owed) is committed before it is called.
 * <p>
 * Whatever reports a payment's progress (a provider event, the provider's answer when the client returns or a
 * checkout is closed) goes through one settlement: under the booking's locks (its client's row, then its builder's,
 * as every booking takes them) the payment's state machine decides whether anything changes, and money that arrived
 * confirms the booking or, when its seat went to someone else after the hold lapsed, is refunded in full.
 * <p>
 * {@link Payments} runs it in the server; the database tests run the same code outside it.
 */
public final class PaymentProcess {

    /**
     * Deliveries of one event on this node wait for each other (by the event id's stripe), so that the later ones
     * find it processed instead of failing on its unique id, which the persistence provider would log as a warning
     * with a stack trace. Across nodes, PostgreSQL's advisory lock in {@link PaymentRepository#awaitOtherDeliveries}
     * does the same; the unique id stays the guarantee either way.
     */
    private static final ReentrantLock[] DELIVERIES = Stream.generate(ReentrantLock::new).limit(64)
            .toArray(ReentrantLock[]::new);

    static final String ACTOR = "payment";
    private static final String SYSTEM = "system";
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(PaymentProcess.class.getName());

    private final PaymentWork.Transactions transactions;
    private final PaymentGateway gateway;
    private final CheckoutLinks links;
    private final Clock clock;

    public PaymentProcess(PaymentWork.Transactions transactions, PaymentGateway gateway, CheckoutLinks links,
                          Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "Transactions are required.");
        this.gateway = Objects.requireNonNull(gateway, "A payment gateway is required.");
        this.links = Objects.requireNonNull(links, "Checkout links are required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    /**
     * Opens (or shows again) the checkout of the client's own HELD paid booking whose hold is live. The payment row
     * is committed first, so a provider that fails leaves booking and payment as they are, and a retry carries the
     * same idempotency key and parameters, which the provider answers with the same checkout.
     *
     * @throws PaymentRefusedException when the booking is not the caller's, free, or no longer held, or the provider
     *         could not open the checkout (then the slot stays held until the hold lapses)
     */
    public CheckoutStart startCheckout(String principalName, long bookingId) {
        Instant now = clock.instant();
        Prepared prepared = transactions.inTransaction(work -> prepareCheckout(work, principalName, bookingId, now));
        if (prepared.opened().isPresent()) {
            return prepared.opened().get();
        }
        CheckoutSession session;
        try {
            session = gateway.openCheckout(prepared.request());
        } catch (PaymentProviderException e) {
            LOG.warning(() -> "The payment provider did not open the checkout of booking " + bookingId + ": "
                    + e.getMessage());
            throw new PaymentRefusedException(ProblemType.UNAVAILABLE, "The payment provider could not open the "
                    + "checkout just now. Your slot stays held until " + prepared.holdExpiresAt()
                    + ": please try again in a moment.");
        }
        boolean stillOpen = transactions.inTransaction(work -> {
            Payment payment = work.payments().lock(work.payments().ofBooking(bookingId).orElseThrow());
            payment.checkoutOpened(session, clock.instant());
            return payment.status().isOpen();
        });
        if (!stillOpen) {
            // The hold lapsed (or was released) while the provider answered: nobody may pay this checkout now.
            closeCheckout(session.id());
            throw new PaymentRefusedException(ProblemType.CONFLICT, "The hold on this slot lapsed while the "
                    + "checkout was being opened: please book again.");
        }
        return new CheckoutStart(bookingId, session.id(), session.url(), session.expiresAt(), gateway.isTestMode());
    }

    private record Prepared(Optional<CheckoutStart> opened, CheckoutRequest request, Instant holdExpiresAt) {
    }

    private Prepared prepareCheckout(PaymentWork work, String principalName, long bookingId, Instant now) {
        PayableBooking booking = work.bookings().payable(bookingId)
                .filter(found -> found.clientPrincipal().equals(principalName))
                .orElseThrow(() -> noBooking(bookingId));
        Money price = booking.price().orElseThrow(() -> new PaymentRefusedException(ProblemType.NOT_ALLOWED,
                "Booking " + bookingId + " is free: there is nothing to pay."));
        Optional<Payment> existing = work.payments().ofBooking(bookingId);
        if (booking.status() == BookingStatus.CONFIRMED
                || existing.filter(payment -> payment.status() == PaymentStatus.PAID).isPresent()) {
            throw new PaymentRefusedException(ProblemType.CONFLICT, "Booking " + bookingId + " is paid already.");
        }
        if (existing.filter(payment -> payment.status() == PaymentStatus.AWAITING_PAYMENT).isPresent()) {
            throw new PaymentRefusedException(ProblemType.CONFLICT, "The payment of booking " + bookingId
                    + " is complete and its money on its way: there is nothing more to pay.");
        }
        if (!booking.isHeldAt(now) || existing.filter(payment -> !payment.status().isOpen()).isPresent()) {
            throw new PaymentRefusedException(ProblemType.CONFLICT, "The hold on this slot lapsed"
                    + booking.holdExpiresAt().map(at -> " at " + at).orElse("") + ": please book again.");
        }
        Payment payment = existing.orElseGet(() -> {
            Payment created = new Payment(bookingId, gateway.provider(), price, now);
            work.payments().add(created);
            return created;
        });
        Instant holdExpiresAt = booking.holdExpiresAt().orElseThrow();
        Optional<CheckoutStart> opened = payment.openCheckoutAt(now).map(url -> new CheckoutStart(bookingId,
                payment.checkoutSessionId().orElseThrow(), url, payment.checkoutExpiresAt().orElseThrow(),
                gateway.isTestMode()));
        CheckoutExpiry expiry = CheckoutExpiry.of(bookingId, holdExpiresAt, payment.createdAt(), now);
        CheckoutRequest request = new CheckoutRequest(bookingId, booking.itemName(), payment.amount(),
                booking.clientEmail(), links.success(booking.builderId(), bookingId), links.cancel(bookingId),
                expiry.expiresAt(), expiry.idempotencyKey());
        return new Prepared(opened, request, holdExpiresAt);
    }

    /**
     * Applies one provider event at most once: the row recording its id is written first in the same transaction
     * as its effect, so a second delivery, even one running at the same moment, is refused by the database and
     * answered as already processed (deliveries running at the same moment first wait for each other where the
     * database can, so that the refusal is the exception). A refund that a late payment made is asked of the provider after the commit.
     */
    public PaymentEventOutcome receive(PaymentEvent event) {
        Objects.requireNonNull(event, "An event is required.");
        Settled settled;
        ReentrantLock delivery = DELIVERIES[Math.floorMod(event.eventId().hashCode(), DELIVERIES.length)];
        delivery.lock();
        try {
            settled = transactions.inTransaction(work -> apply(work, event));
        } catch (EventAlreadyProcessed e) {
            return PaymentEventOutcome.ALREADY_PROCESSED;
        } finally {
            delivery.unlock();
        }
        settled.refund().ifPresent(this::requestRefund);
        return settled.outcome();
    }

    private Settled apply(PaymentWork work, PaymentEvent event) {
        work.payments().awaitOtherDeliveries(event.eventId());
        if (work.payments().wasProcessed(event.eventId())) {
            return Settled.of(PaymentEventOutcome.ALREADY_PROCESSED);
        }
        ProcessedWebhookEvent processed = new ProcessedWebhookEvent(event, gateway.provider(), clock.instant());
        if (!work.payments().record(processed)) {
            throw new EventAlreadyProcessed(event.eventId());
        }
        Optional<PaymentSignal> signal = PaymentSignal.of(event.kind());
        if (signal.isEmpty()) {
            return refundUpdated(work, event.refund().orElseThrow());
        }
        Optional<Payment> payment = paymentOf(work, event);
        if (payment.isEmpty()) {
            LOG.info(() -> "Payment event " + event.eventId() + " (" + event.kind() + ") is about no checkout of "
                    + "this application; recorded and ignored.");
            return Settled.of(PaymentEventOutcome.NOT_OURS);
        }
        processed.concerns(payment.get().bookingId());
        return settle(work, payment.get(), signal.get(), event.paymentIntentId(), expiryReason(signal.get()));
    }

    /**
     * The event's payment by its checkout; by the booking it names only while the payment has no checkout stored
     * (the provider opened it, but the answer was lost before it was written).
     */
    private static Optional<Payment> paymentOf(PaymentWork work, PaymentEvent event) {
        Optional<Payment> byCheckout = event.checkoutSessionId().flatMap(work.payments()::byCheckoutSession);
        if (byCheckout.isPresent()) {
            return byCheckout;
        }
        return event.bookingId().flatMap(work.payments()::ofBooking)
                .filter(payment -> payment.checkoutSessionId().isEmpty());
    }

    /**
     * A provider event about a refund: found by the provider's id for it, or, before that id is stored (the event
     * overtook the provider's answer, or the answer was lost), by the key it was asked under, as long as that is the
     * key of the refund's current attempt (an event about an attempt that failed before changes nothing).
     */
    private Settled refundUpdated(PaymentWork work, RefundOutcome outcome) {
        Optional<Refund> found = work.payments().refundByProviderId(outcome.refundId())
                .or(() -> outcome.askedUnder().flatMap(key -> Refund.keysBehind(key).stream()
                        .map(work.payments()::refundByIdempotencyKey)
                        .flatMap(Optional::stream)
                        .filter(refund -> refund.providerRefundId().isEmpty() && refund.isAskedUnder(key))
                        .findFirst()));
        if (found.isEmpty()) {
            LOG.info(() -> "Refund " + outcome.refundId() + " is no refund of this application, or of an attempt "
                    + "that ended before; recorded and ignored.");
            return Settled.of(PaymentEventOutcome.NOT_OURS);
        }
        answer(work, found.get(), outcome, outcome.askedUnder(), clock.instant());
        return Settled.of(PaymentEventOutcome.APPLIED);
    }

    /**
     * Records the provider's answer about a refund under its payment's lock and its own: money that is back counts
     * once, and a refund that reached its end (back, or failed once too often) is announced in this transaction.
     */
    private static void answer(PaymentWork work, Refund found, RefundOutcome outcome, Optional<String> askedUnder,
                               Instant now) {
        Payment payment = work.payments().lock(found.payment());
        Refund refund = work.payments().lock(found);
        if (askedUnder.filter(key -> !refund.isAskedUnder(key)).isPresent()) {
            // An event settled this attempt while the provider answered: its answer is about an attempt that ended.
            LOG.fine(() -> "Refund " + refund.id() + ": an answer about an attempt that ended before; ignored.");
            return;
        }
        switch (refund.answered(outcome, now)) {
            case SUCCEEDED -> {
                payment.refunded(refund.amount(), now);
                work.refundsSettled().accept(new RefundSettled(payment.bookingId(), refund.id(), refund.amount(),
                        true, Optional.empty()));
            }
            case FAILED -> {
                LOG.warning(() -> "Refund " + refund.id() + " of booking " + payment.bookingId() + " failed at the "
                        + "provider " + Refund.MAX_PROVIDER_FAILURES + " times; it needs an admin: "
                        + refund.lastError().orElse(""));
                work.refundsSettled().accept(new RefundSettled(payment.bookingId(), refund.id(), refund.amount(),
                        false, refund.lastError()));
            }
            case RETRYING -> LOG.info(() -> "Refund " + refund.id() + " of booking " + payment.bookingId()
                    + " failed at the provider (" + refund.lastError().orElse("") + "); asked for again under a new "
                    + "key from " + refund.nextAttemptAt().orElseThrow() + ".");
            case NO_CHANGE -> LOG.fine(() -> "Refund " + refund.id() + ": " + outcome.status() + ", nothing to tell.");
        }
    }

    private record Settled(PaymentEventOutcome outcome, Optional<Long> refund) {

        static Settled of(PaymentEventOutcome outcome) {
            return new Settled(outcome, Optional.empty());
        }
    }

    /**
     * The one place where a payment moves: under the booking's locks and the payment's, the state machine decides
     * whether {@code signal} changes anything, and the booking follows: paid confirms it (or, late and with its seat
     * taken, leaves it EXPIRED and owes a full refund), failed or expired lets its hold go.
     */
    private Settled settle(PaymentWork work, Payment found, PaymentSignal signal, Optional<String> paymentIntentId,
                           String expiryReason) {
        BookingSettlement bookings = work.bookings();
        PayableBooking booking = bookings.lockForPayment(found.bookingId()).orElseThrow();
        Payment payment = work.payments().lock(found);
        Instant now = clock.instant();
        Optional<PaymentStatus> next = payment.receive(signal, paymentIntentId, now);
        if (next.isEmpty()) {
            return Settled.of(PaymentEventOutcome.NO_CHANGE);
        }
        long bookingId = booking.bookingId();
        switch (next.get()) {
            case PAID -> {
                LatePayment.Standing standing = standing(booking, now, bookings);
                boolean seatFree = standing.needsSeatCheck() && bookings.reclaimSeat(bookingId).isEmpty();
                switch (LatePayment.decide(standing, seatFree)) {
                    case CONFIRM -> bookings.confirm(bookingId, ACTOR, standing == LatePayment.Standing.HOLD_LIVE
                            ? "paid" : "paid after the hold expired; the slot was still free");
                    case ALREADY_CONFIRMED -> LOG.fine(() -> "Booking " + bookingId + " was confirmed already.");
                    case REFUND -> {
                        String why = standing == LatePayment.Standing.LET_GO ? BookingSettlement.PAID_AFTER_LET_GO
                                : BookingSettlement.PAID_AFTER_HOLD;
                        bookings.paidTooLate(bookingId, ACTOR, why);
                        Money owed = new Money(payment.amount().amountMinor()
                                - payment.refundedAmount().amountMinor(), payment.amount().currency());
                        Refund refund = new Refund(payment, owed, why,
                                "booking-" + bookingId + "-late-payment", now);
                        work.payments().add(refund);
                        LOG.info(() -> "Booking " + bookingId + " was paid after its slot went to someone else: "
                                + "refunding " + owed + ".");
                        return new Settled(PaymentEventOutcome.REFUNDED_LATE_PAYMENT, Optional.of(refund.id()));
                    }
                }
            }
            case FAILED, EXPIRED -> bookings.expire(bookingId, ACTOR, next.get() == PaymentStatus.FAILED
                    ? "payment failed" : expiryReason);
            case AWAITING_PAYMENT, OPEN -> {
                // The checkout completed; the money follows in a later event, and the booking waits for it.
            }
        }
        return Settled.of(PaymentEventOutcome.APPLIED);
    }

    private static String expiryReason(PaymentSignal signal) {
        return signal == PaymentSignal.EXPIRED ? "checkout expired" : "payment failed";
    }

    private static LatePayment.Standing standing(PayableBooking booking, Instant now, BookingSettlement bookings) {
        return switch (booking.status()) {
            case HELD -> booking.isHeldAt(now) ? LatePayment.Standing.HOLD_LIVE : LatePayment.Standing.HOLD_LAPSED;
            case EXPIRED -> bookings.wasLetGoByItsClient(booking.bookingId()) ? LatePayment.Standing.LET_GO
                    : LatePayment.Standing.HOLD_LAPSED;
            case CONFIRMED -> LatePayment.Standing.CONFIRMED;
            case CANCELLED_BY_CLIENT, CANCELLED_BY_BUILDER, COMPLETED, NO_SHOW -> LatePayment.Standing.CLOSED;
        };
    }

    /** The booking's payment for its client or builder; empty for anyone else, and for a free booking. */
    public Optional<PaymentView> ofBooking(String principalName, long bookingId) {
        return transactions.inTransaction(work -> view(work, principalName, bookingId));
    }

    /** The payments of those bookings that are paid sessions {@code principalName} is a party to, by booking id. */
    public Map<Long, PaymentView> ofBookings(String principalName, Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return Map.of();
        }
        return transactions.inTransaction(work -> {
            Map<Long, PaymentView> views = new LinkedHashMap<>();
            bookingIds.forEach(id -> view(work, principalName, id).ifPresent(view -> views.put(id, view)));
            return views;
        });
    }

    private Optional<PaymentView> view(PaymentWork work, String principalName, long bookingId) {
        Optional<PayableBooking> booking = work.bookings().payable(bookingId)
                .filter(found -> found.isSeenBy(principalName));
        if (booking.isEmpty() || booking.get().price().isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Payment> payment = work.payments().ofBooking(bookingId);
        if (payment.isEmpty()) {
            Money price = booking.get().price().get();
            return Optional.of(new PaymentView(bookingId, gateway.provider(), gateway.isTestMode(), PaymentStatus.OPEN,
                    price, new Money(0, price.currency()), RefundProgress.NONE, Optional.empty()));
        }
        Payment found = payment.get();
        RefundProgress refunds = work.payments().refundsOf(found).stream().map(Refund::progress)
                .reduce(RefundProgress.NONE, RefundProgress::worse);
        return Optional.of(new PaymentView(bookingId, found.provider(), gateway.isTestMode(), found.status(),
                found.amount(), found.refundedAmount(), refunds,
                found.openCheckoutAt(now).filter(url -> booking.get().isHeldAt(now))));
    }

    /**
     * The success page's check, which never trusts its query string: while the payment is unsettled, asks the
     * provider how its checkout stands and applies that as an event would be applied (idempotent by state).
     *
     * @throws PaymentRefusedException (not found) when the caller has no such booking, or it is free
     */
    public PaymentView confirmReturn(String principalName, long bookingId) {
        Optional<Payment> payment = transactions.inTransaction(work -> {
            PayableBooking booking = work.bookings().payable(bookingId)
                    .filter(found -> found.isSeenBy(principalName))
                    .orElseThrow(() -> noBooking(bookingId));
            if (booking.price().isEmpty()) {
                throw new PaymentRefusedException(ProblemType.NOT_FOUND,
                        "Booking " + bookingId + " is free: it has no payment.");
            }
            return work.payments().ofBooking(bookingId);
        });
        payment.filter(found -> found.status().isUnsettled())
                .flatMap(Payment::checkoutSessionId)
                .ifPresent(checkout -> {
                    try {
                        applyProviderState(gateway.checkout(checkout), "checkout expired");
                    } catch (PaymentProviderException e) {
                        LOG.warning(() -> "Could not ask the payment provider about checkout " + checkout + ": "
                                + e.getMessage());
                    }
                });
        return ofBooking(principalName, bookingId).orElseThrow(() -> noBooking(bookingId));
    }

    /**
     * The cancel address: the client's HELD booking lets its slot go at once, its payment expires, and its checkout
     * is closed at the provider after the commit; should the provider answer that it was completed meanwhile, that is
     * applied as a (late) payment. Nothing happens for a booking that is not HELD any more.
     *
     * @throws PaymentRefusedException when the caller has no such booking
     */
    public void releaseHold(String principalName, long bookingId) {
        Optional<String> checkout = transactions.inTransaction(work -> {
            PayableBooking booking = work.bookings().payable(bookingId)
                    .filter(found -> found.clientPrincipal().equals(principalName))
                    .orElseThrow(() -> noBooking(bookingId));
            if (booking.status() != BookingStatus.HELD) {
                return Optional.<String>empty();
            }
            return letGo(work, bookingId, principalName, "checkout cancelled");
        });
        checkout.ifPresent(this::closeCheckout);
    }

    /**
     * Under the booking's locks: a HELD booking becomes EXPIRED and its open payment EXPIRED; returns its checkout,
     * to be closed at the provider after the commit.
     */
    private Optional<String> letGo(PaymentWork work, long bookingId, String actor, String reason) {
        work.bookings().lockForPayment(bookingId);
        work.bookings().expire(bookingId, actor, reason);
        return work.payments().ofBooking(bookingId)
                .map(work.payments()::lock)
                .filter(payment -> payment.receive(PaymentSignal.EXPIRED, Optional.empty(), clock.instant())
                        .isPresent())
                .flatMap(Payment::checkoutSessionId);
    }

    /** Closes a checkout at the provider; if it was completed meanwhile, its payment is applied (a late one). */
    public void closeCheckout(String checkoutSessionId) {
        try {
            applyProviderState(gateway.expireCheckout(checkoutSessionId), "checkout expired");
        } catch (PaymentProviderException e) {
            LOG.warning(() -> "Could not close checkout " + checkoutSessionId + " at the payment provider (a payment "
                    + "made through it now counts as late): " + e.getMessage());
        }
    }

    private void applyProviderState(CheckoutState state, String expiryReason) {
        PaymentSignal.of(state).ifPresent(signal -> {
            Settled settled = transactions.inTransaction(work -> work.payments().byCheckoutSession(state.id())
                    .map(payment -> settle(work, payment, signal, state.paymentIntentId(), expiryReason))
                    .orElseGet(() -> Settled.of(PaymentEventOutcome.NOT_OURS)));
            settled.refund().ifPresent(this::requestRefund);
        });
    }

    /**
     * One sweep of the payment deadlines: every hold that lapsed unpaid lets its slot go, with its payment, and its
     * checkout (which Stripe keeps open at least 30 minutes) is closed at the provider so it can no longer be paid;
     * then refunds whose provider failed are tried again. Returns how many holds and refunds it handled.
     */
    public int sweep() {
        Set<Long> candidates = new LinkedHashSet<>(transactions.inTransaction(work -> {
            List<Long> ids = new ArrayList<>(work.bookings().lapsedHolds(BATCH));
            ids.addAll(work.payments().openPaymentBookings(BATCH));
            return ids;
        }));
        int handled = 0;
        for (long bookingId : candidates) {
            try {
                if (releaseLapsed(bookingId)) {
                    handled++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The sweep could not let booking " + bookingId + "'s lapsed hold go (tried "
                        + "again next sweep); it goes on with the rest.", e);
            }
        }
        List<Long> due = transactions.inTransaction(work -> work.payments().dueRefunds(clock.instant(), BATCH));
        for (long refundId : due) {
            try {
                requestRefund(refundId);
                handled++;
            } catch (RuntimeException e) {
                // Its claim, committed before the provider was asked, keeps it out of the next sweeps for a while.
                LOG.log(Level.WARNING, "The sweep could not ask for refund " + refundId + " (tried again once its "
                        + "claim runs out); it goes on with the rest.", e);
            }
        }
        return handled;
    }

    /** Lets one lapsed hold go with its payment, and closes its checkout; false when it is still held or gone. */
    private boolean releaseLapsed(long bookingId) {
        Optional<Released> released = transactions.inTransaction(work -> {
            Optional<PayableBooking> booking = work.bookings().lockForPayment(bookingId);
            if (booking.isEmpty() || booking.get().isHeldAt(clock.instant())) {
                return Optional.<Released>empty();
            }
            return Optional.of(new Released(letGo(work, bookingId, SYSTEM, "payment not completed in time")));
        });
        released.flatMap(Released::checkout).ifPresent(this::closeCheckout);
        return released.isPresent();
    }

    /** A lapsed hold let go, with its checkout to close at the provider, if it had one open. */
    private record Released(Optional<String> checkout) {
    }

    /**
     * Gives back part or all of a booking's payment (once per idempotency key, however often it is asked), for this
     * domain's late payments and for cancellations. The refund is written before the provider is asked; the
     * provider's answer, or empty while the refund stays pending after a failure (to be tried again).
     *
     * @throws PaymentRefusedException when the booking has no paid payment, or the amount exceeds what is left
     */
    public Optional<RefundOutcome> refund(long bookingId, Money amount, String reason, String idempotencyKey) {
        long refundId = transactions.inTransaction(work -> {
            Optional<Refund> existing = work.payments().refundByIdempotencyKey(idempotencyKey);
            if (existing.isPresent()) {
                return existing.get().id();
            }
            Payment payment = work.payments().ofBooking(bookingId)
                    .filter(found -> found.status() == PaymentStatus.PAID)
                    .map(work.payments()::lock)
                    .orElseThrow(() -> new PaymentRefusedException(ProblemType.NOT_ALLOWED,
                            "Booking " + bookingId + " has no payment to refund."));
            Refund refund;
            try {
                refund = new Refund(payment, amount, reason, idempotencyKey, clock.instant());
            } catch (IllegalArgumentException e) {
                throw new PaymentRefusedException(ProblemType.NOT_ALLOWED, e.getMessage());
            }
            work.payments().add(refund);
            return refund.id();
        });
        return requestRefund(refundId);
    }

    /**
     * Asks the provider for a refund that is due, outside any transaction, and records its answer or failure; a
     * refund not due (answered already, waiting for its next attempt, or claimed by another asker) is left alone.
     */
    public Optional<RefundOutcome> requestRefund(long refundId) {
        Optional<RefundRequest> request = transactions.inTransaction(work -> {
            Refund refund = work.payments().lock(work.payments().refund(refundId).orElseThrow());
            if (!refund.isDueAt(clock.instant())) {
                return Optional.<RefundRequest>empty();
            }
            Optional<String> paymentIntent = refund.payment().paymentIntentId();
            if (paymentIntent.isEmpty()) {
                refund.attemptFailed("The provider has not named the payment to refund yet.", clock.instant());
                return Optional.<RefundRequest>empty();
            }
            refund.claim(clock.instant());
            return Optional.of(new RefundRequest(refund.payment().bookingId(), paymentIntent.get(), refund.amount(),
                    refund.reason(), refund.providerKey()));
        });
        if (request.isEmpty()) {
            return Optional.empty();
        }
        try {
            RefundOutcome outcome = gateway.refund(request.get());
            transactions.inTransaction(work -> {
                answer(work, work.payments().refund(refundId).orElseThrow(), outcome,
                        Optional.of(request.get().idempotencyKey()), clock.instant());
                return refundId;
            });
            return Optional.of(outcome);
        } catch (PaymentProviderException e) {
            LOG.warning(() -> "The payment provider did not take refund " + refundId + " (kept pending, tried "
                    + "again later): " + e.getMessage());
            transactions.inTransaction(work -> {
                Refund refund = work.payments().lock(work.payments().refund(refundId).orElseThrow());
                refund.attemptFailed(e.getMessage(), clock.instant());
                return refund;
            });
            return Optional.empty();
        }
    }

    private static PaymentRefusedException noBooking(long bookingId) {
        return new PaymentRefusedException(ProblemType.NOT_FOUND, "You have no booking " + bookingId + ".");
    }
}
