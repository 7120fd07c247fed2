package com.buildappswith.booking.payment.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payments, their refunds and the provider events already applied, inside the caller's transaction. */
public interface PaymentRepository {

    Optional<Payment> ofBooking(long bookingId);

    /** The payments of those of {@code bookingIds} that have one. */
    List<Payment> ofBookings(Collection<Long> bookingIds);

    Optional<Payment> byCheckoutSession(String checkoutSessionId);

    /**
     * Writes a new payment at once.
     *
     * @throws com.buildappswith.booking.shared.DomainException when the database refuses it (another request wrote
     *         the booking's payment at the same moment: a conflict to retry)
     */
    void add(Payment payment);

    /** Locks the payment's row for the rest of the transaction and returns it as it stands under the lock. */
    Payment lock(Payment payment);

    /** The bookings of up to {@code limit} payments whose checkout is still OPEN, oldest first. */
    List<Long> openPaymentBookings(int limit);

    /**
     * Makes deliveries of one event that run at the same moment wait for each other, for the rest of the
     * transaction, so that the later ones find it processed rather than fail on its unique id (which stays the
     * guarantee, and is all there is where the database offers no such lock).
     */
    void awaitOtherDeliveries(String providerEventId);

    /** Whether an event with this id took effect already (committed). */
    boolean wasProcessed(String providerEventId);

    /**
     * Writes the row that says this event took effect, at once; false when the database refused it as a duplicate
     * (a delivery of the same event committed first, also one that ran at the same moment). The transaction can then
     * only roll back.
     */
    boolean record(ProcessedWebhookEvent event);

    void add(Refund refund);

    Optional<Refund> refund(long refundId);

    Optional<Refund> refundByProviderId(String providerRefundId);

    Optional<Refund> refundByIdempotencyKey(String idempotencyKey);

    /** Locks the refund's row for the rest of the transaction and returns it as it stands under the lock. */
    Refund lock(Refund refund);

    List<Refund> refundsOf(Payment payment);

    /**
     * How the refunds of those of {@code candidates} with money still owed stand (the worst of each payment's), by
     * payment id, in one query; a payment owing nothing is absent.
     */
    Map<Long, RefundProgress> refundProgressOf(Collection<Payment> candidates);

    /** Up to {@code limit} refunds given up on after the provider failed them too often, latest first. */
    List<Refund> refundsNeedingAttention(int limit);

    /** Up to {@code limit} refunds the provider has not taken yet whose next attempt is due at {@code now}. */
    List<Long> dueRefunds(Instant now, int limit);
}
