package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.shared.Money;

import java.net.URI;
import java.util.Optional;

/**
 * A booking's payment as its client and its builder see it.
 *
 * @param testMode      whether it moves no real money (the offline test mode): every page showing it says so
 * @param refundPending whether a refund has been asked for and the money is not back yet
 * @param checkoutUrl   where to pay, while the checkout is open and the hold is live
 */
public record PaymentView(long bookingId, String provider, boolean testMode, PaymentStatus status, Money amount,
                          Money refunded, boolean refundPending, Optional<URI> checkoutUrl) {
}
