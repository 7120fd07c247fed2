package com.buildappswith.booking.payment.application;

import java.net.URI;
import java.time.Instant;

/**
 * An open checkout for one booking: where to send the client to pay, and until when it takes payment.
 *
 * @param testMode whether it is the offline test mode's checkout, which moves no money
 */
public record CheckoutStart(long bookingId, String checkoutSessionId, URI checkoutUrl, Instant expiresAt,
                            boolean testMode) {
}
