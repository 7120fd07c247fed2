package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.shared.Money;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What managing bookings needs of the payment domain, inside the caller's transaction: how the bookings' payments
 * stand, to owe a refund in the same transaction as the cancellation that causes it (the provider is asked
 * after the commit, and again until it answers), and to close the checkout of a hold its client let go.
 */
public interface BookingPayments {

    /** The payments of those of {@code bookingIds} that have one, by booking id. */
    Map<Long, PaymentView> summariesOf(Collection<Long> bookingIds);

    /**
     * Owes {@code amount} back from the booking's paid payment, once per idempotency key: returns the refund written
     * (or written before under that key), or empty when there is nothing to give back (a zero amount, no payment
     * made).
     */
    Optional<Long> oweRefund(long bookingId, Money amount, String reason, String idempotencyKey);

    /**
     * Expires the open payment of a booking whose client let its hold go, in the caller's transaction, and returns its
     * checkout, which the payment domain closes at the provider once that transaction commits (money that still
     * arrives through it is refunded in full); empty when there is no open checkout.
     */
    Optional<String> letCheckoutGo(long bookingId);
}
