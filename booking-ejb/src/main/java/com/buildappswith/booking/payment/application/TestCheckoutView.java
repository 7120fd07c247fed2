package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.shared.Money;

import java.net.URI;
import java.time.Instant;

/**
 * The test mode's checkout page for one checkout: what is paid for, how much, and where each button leads.
 *
 * @param payable whether it can still be paid (open, and not run out)
 */
public record TestCheckoutView(String checkoutSessionId, long bookingId, String itemName, Money amount,
                               PaymentStatus status, boolean payable, Instant expiresAt, URI successUrl,
                               URI cancelUrl) {
}
