package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.model.Payment;
import com.buildappswith.booking.payment.model.PaymentRepository;
import com.buildappswith.booking.payment.model.PaymentSignal;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.Refund;
import com.buildappswith.booking.payment.model.RefundProgress;
import com.buildappswith.booking.scheduling.application.BookingPayments;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.ProblemType;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The payment domain's side of managing bookings, inside the caller's transaction: payments read for dashboards, and
 * refunds owed by cancellations, written before the provider is asked so that none is forgotten. Plain Java over
 * the payment repository: {@link Payments} in the server, the database tests outside it.
 */
public final class PaymentLedger implements BookingPayments {

    private final PaymentRepository payments;
    private final boolean testMode;
    private final Clock clock;

    public PaymentLedger(PaymentRepository payments, boolean testMode, Clock clock) {
        this.payments = Objects.requireNonNull(payments, "A payment repository is required.");
        this.testMode = testMode;
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    /**
     * How each booking's payment stands, for those that have one; without a checkout address, which only the
     * booking's client gets, from {@link Payments#startCheckout}.
     */
    @Override
    public Map<Long, PaymentView> summariesOf(Collection<Long> bookingIds) {
        Map<Long, PaymentView> views = new LinkedHashMap<>();
        List<Payment> found = payments.ofBookings(bookingIds);
        Map<Long, RefundProgress> refunds = payments.refundProgressOf(found);
        found.forEach(payment -> views.put(payment.bookingId(), new PaymentView(payment.bookingId(),
                payment.provider(), testMode, payment.status(), payment.amount(), payment.refundedAmount(),
                refunds.getOrDefault(payment.id(), RefundProgress.NONE), Optional.empty())));
        return views;
    }

    /**
     * Expires the booking's open payment under its row lock (its booking was let go in this transaction) and returns
     * its checkout, for the caller to close at the provider after the commit.
     */
    @Override
    public Optional<String> letCheckoutGo(long bookingId) {
        return payments.ofBooking(bookingId)
                .map(payments::lock)
                .filter(payment -> payment.receive(PaymentSignal.EXPIRED, Optional.empty(), clock.instant())
                        .isPresent())
                .flatMap(Payment::checkoutSessionId);
    }

    /** The refunds given up on after the provider failed them too often, latest first, for the admin console. */
    public List<RefundAttention> refundsNeedingAttention(int limit) {
        return payments.refundsNeedingAttention(limit).stream()
                .map(refund -> new RefundAttention(refund.payment().bookingId(), refund.id(), refund.amount(),
                        refund.providerFailures(), refund.lastError().orElse(""), refund.updatedAt()))
                .toList();
    }

    /**
     * Writes a refund due now, under the payment's row lock, unless one was written under the key already (then that
     * one is the answer) or there is nothing to give back.
     *
     * @throws PaymentRefusedException when the amount exceeds what is left of the payment
     */
    @Override
    public Optional<Long> oweRefund(long bookingId, Money amount, String reason, String idempotencyKey) {
        Objects.requireNonNull(amount, "An amount is required.");
        Optional<Refund> existing = payments.refundByIdempotencyKey(idempotencyKey);
        if (existing.isPresent()) {
            return Optional.of(existing.get().id());
        }
        if (amount.isZero()) {
            return Optional.empty();
        }
        Optional<Payment> paid = payments.ofBooking(bookingId)
                .filter(payment -> payment.status() == PaymentStatus.PAID);
        if (paid.isEmpty()) {
            return Optional.empty();
        }
        Payment payment = payments.lock(paid.get());
        Refund refund;
        try {
            refund = new Refund(payment, amount, reason, idempotencyKey, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new PaymentRefusedException(ProblemType.NOT_ALLOWED, e.getMessage());
        }
        payments.add(refund);
        return Optional.of(refund.id());
    }

    /**
     * What is on its way back to the booking's client: the sum of its payment's refunds the provider has not paid out
     * yet (one owed earlier in this transaction included); empty when none is.
     */
    public Optional<Money> refundOnItsWay(long bookingId) {
        return payments.ofBooking(bookingId).flatMap(payment -> {
            long pending = payments.refundsOf(payment).stream()
                    .filter(Refund::isPending)
                    .mapToLong(refund -> refund.amount().amountMinor())
                    .sum();
            return pending == 0 ? Optional.empty() : Optional.of(new Money(pending, payment.amount().currency()));
        });
    }
}
