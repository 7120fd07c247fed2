package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.shared.Money;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The test mode's checkout page for one checkout: what is paid for, how much, and where each button leads.
 *
 * @param payable       whether it can still be paid (open, and not run out)
 * @param expiresAt     when the provider stops taking payment (at least 30 minutes after it opened, as Stripe's)
 * @param held          whether the slot is still held: paying after the hold lapsed (before the application has
 *                      closed the checkout) is a late payment, confirmed only if the time is still free
 * @param holdExpiresAt when the slot stops being held, which may be sooner than the checkout's expiry
 * @param clientZone    the zone the client booked in, for the times the page shows
 */
public record TestCheckoutView(String checkoutSessionId, long bookingId, long builderId, String itemName,
                               Money amount, PaymentStatus status, boolean payable, Instant expiresAt, boolean held,
                               Instant holdExpiresAt, ZoneId clientZone, URI successUrl, URI cancelUrl) {
}
