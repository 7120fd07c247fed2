package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.shared.Money;

import java.util.Optional;

/**
 * What the notices need to know of a booking's money, read from the payment domain in the caller's transaction
 * ({@code Payments} in the server, its ledger outside it).
 */
public interface PaymentFacts {

    /** The booking's payment, if it has one. */
    Optional<PaymentView> paymentOf(long bookingId);

    /** What is owed back to its client and not paid out yet (a refund the cancellation just owed included). */
    Optional<Money> refundOnItsWay(long bookingId);
}
