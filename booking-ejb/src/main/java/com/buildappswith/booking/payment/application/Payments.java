package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.model.CheckoutLinks;
import com.buildappswith.booking.payment.model.PaymentEvent;
import com.buildappswith.booking.payment.model.PaymentGateway;
import com.buildappswith.booking.payment.model.PaymentRepository;
import com.buildappswith.booking.payment.model.RefundOutcome;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.Money;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Paying for a booking: the one entry point of the web layer to the payment domain (the booking API and pages, the
 * provider's webhook, the test mode's checkout). Thin: {@link PaymentProcess} holds the lifecycle. Its methods run
 * outside any container transaction on purpose: each step opens its own short one, and the provider is called
 * between them, never while a lock is held.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class.getName());
    private static final int ATTENTION_LIST = 100;

    @Inject
    private PaymentWork.Transactions transactions;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private CheckoutLinks links;

    @Inject
    private Clock clock;

    @Inject
    private PaymentRepository payments;

    @Inject
    private Event<RefundOwed> refundsOwed;

    @Inject
    private Event<CheckoutLetGo> checkoutsLetGo;

    @Resource
    private SessionContext context;

    private PaymentProcess process;

    private PaymentLedger ledger;

    @PostConstruct
    void prepare() {
        process = new PaymentProcess(transactions, gateway, links, clock);
        ledger = new PaymentLedger(payments, gateway.isTestMode(), clock);
    }

    /** Opens the checkout of the caller's held paid booking; see {@link PaymentProcess#startCheckout}. */
    @RolesAllowed(Roles.CLIENT)
    public CheckoutStart startCheckout(long bookingId) {
        return process.startCheckout(caller(), bookingId);
    }

    /** Whether payments run in the offline test mode (no payment keys configured), which moves no real money. */
    public boolean isTestMode() {
        return gateway.isTestMode();
    }

    /**
     * The payments of those of {@code bookingIds} that are paid sessions the caller is a party to, by booking id:
     * for pages that show many bookings at once (a week calendar), in one transaction.
     */
    @RolesAllowed(Roles.CLIENT)
    public Map<Long, PaymentView> ofBookings(Collection<Long> bookingIds) {
        return process.ofBookings(caller(), bookingIds);
    }

    /** Applies a provider event at most once; see {@link PaymentProcess#receive}. */
    public PaymentEventOutcome receive(PaymentEvent event) {
        PaymentEventOutcome outcome = process.receive(event);
        LOG.fine(() -> "Payment event " + event.eventId() + " (" + event.kind() + "): " + outcome);
        return outcome;
    }

    /** The booking's payment for its client or builder; empty for anyone else and for a free booking. */
    @RolesAllowed(Roles.CLIENT)
    public Optional<PaymentView> ofBooking(long bookingId) {
        return process.ofBooking(caller(), bookingId);
    }

    /** The success page's server-side check; see {@link PaymentProcess#confirmReturn}. */
    @RolesAllowed(Roles.CLIENT)
    public PaymentView confirmReturn(long bookingId) {
        return process.confirmReturn(caller(), bookingId);
    }

    /** The cancel address: lets the caller's held booking go at once; see {@link PaymentProcess#releaseHold}. */
    @RolesAllowed(Roles.CLIENT)
    public void releaseHold(long bookingId) {
        process.releaseHold(caller(), bookingId);
    }

    /**
     * Gives back part or all of a booking's payment, once per idempotency key: for other domains' services (the
     * cancellations to come), never offered to a person directly.
     */
    public Optional<RefundOutcome> refund(long bookingId, Money amount, String reason, String idempotencyKey) {
        return process.refund(bookingId, amount, reason, idempotencyKey);
    }

    /**
     * How the payments of those of {@code bookingIds} that have one stand, by booking id, in the caller's
     * transaction: for other domains' services (the booking dashboards), never offered to a person directly.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Map<Long, PaymentView> summariesOf(Collection<Long> bookingIds) {
        return ledger.summariesOf(bookingIds);
    }

    /**
     * Owes a refund in the caller's transaction (see {@link PaymentLedger#oweRefund}); the provider is asked once
     * that transaction has committed, and by the sweep until it answers. For other domains' services (cancellations),
     * never offered to a person directly.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Long> oweRefund(long bookingId, Money amount, String reason, String idempotencyKey) {
        Optional<Long> refund = ledger.oweRefund(bookingId, amount, reason, idempotencyKey);
        refund.ifPresent(refundId -> refundsOwed.fire(new RefundOwed(refundId)));
        return refund;
    }

    /** The refunds the provider failed too often, latest first (at most 100): the admin console's list to act on. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<RefundAttention> refundsNeedingAttention() {
        return ledger.refundsNeedingAttention(ATTENTION_LIST);
    }

    /**
     * Expires the open payment of a booking its client let go, in the caller's transaction (see
     * {@link PaymentLedger#letCheckoutGo}); its checkout is closed at the provider once that transaction has
     * committed. For other domains' services (cancellations), never offered to a person directly.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<String> letCheckoutGo(long bookingId) {
        Optional<String> checkout = ledger.letCheckoutGo(bookingId);
        checkout.ifPresent(id -> checkoutsLetGo.fire(new CheckoutLetGo(id)));
        return checkout;
    }

    /**
     * Closes a checkout at the provider now, outside any transaction, applying a payment made through it meanwhile
     * as a late one: the payment domain's own step after a hold was let go (see {@link RefundRequests}); public only
     * because the container calls nothing else.
     */
    public void closeCheckout(String checkoutSessionId) {
        process.closeCheckout(checkoutSessionId);
    }

    /**
     * Asks the provider for an owed refund now, outside any transaction: the payment domain's own step after a
     * cancellation commits (see {@link RefundRequests}); public only because the container calls nothing else.
     */
    public void requestRefund(long refundId) {
        process.requestRefund(refundId);
    }

    /**
     * Closes the checkouts of holds that lapsed unpaid and retries pending refunds: a step of the deadlines job
     * (booking-batch), which runs on one node at a time under its lease. Two sweeps at once would still do no harm,
     * since each step locks its booking and acts only on what is still due.
     *
     * @return how many lapsed holds and refunds it handled
     */
    public int sweepDeadlines() {
        return process.sweep();
    }

    /**
     * What is on its way back to the booking's client, in the caller's transaction (see
     * {@link PaymentLedger#refundOnItsWay}): for the notices of a cancellation, never offered to a person directly.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Money> refundOnItsWay(long bookingId) {
        return ledger.refundOnItsWay(bookingId);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
