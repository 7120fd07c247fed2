package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.shared.Money;

import java.time.Instant;

/**
 * A refund the provider failed too often, which the application no longer asks for by itself: for the admin console,
 * where someone settles it with the client (another way to pay back, or a corrected card).
 *
 * @param providerFailures how many provider refunds failed
 * @param lastError        the provider's last word on it
 * @param failedAt         when it was given up on
 */
public record RefundAttention(long bookingId, long refundId, Money amount, int providerFailures, String lastError,
                              Instant failedAt) {
}
