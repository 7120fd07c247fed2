package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.RefundProgress;
import com.buildappswith.booking.shared.Money;

import java.net.URI;
import java.util.Optional;

/**
 * A booking's payment as its client and its builder see it.
 *
 * @param testMode      whether it moves no real money (the offline test mode): every page showing it says so
 * @param refunds       how the refunds asked for stand: the worst of them, NONE when no money is owed
 * @param checkoutUrl   where to pay, while the checkout is open and the hold is live
 */
public record PaymentView(long bookingId, String provider, boolean testMode, PaymentStatus status, Money amount,
                          Money refunded, RefundProgress refunds, Optional<URI> checkoutUrl) {

    /** Whether a refund has been asked for and the money is not back yet (also one that needs an admin). */
    public boolean refundPending() {
        return refunds.isOwed();
    }
}
