package com.buildappswith.booking.payment.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a booking's checkout stops taking payment, and the idempotency key its opening carries. Ideally the checkout
 * expires with the hold, but Stripe accepts an {@code expires_at} only from 30 minutes to 24 hours after the
 * checkout is created, so it is the later of the hold's expiry and 30 minutes (plus a margin for the request's way
 * there) after the attempt's window began. A hold shorter than that lapses first; the application then expires the
 * checkout through the provider so it can no longer be paid, and money that arrives anyway is a late payment.
 * <p>
 * Attempts are grouped in windows of {@link #MARGIN} from when the checkout was first asked for: every attempt in
 * one window sends the same expiry under the same key, so a retry whose first try reached the provider (the answer
 * lost on its way back) gets the same checkout back. An attempt in a later window, after the provider was
 * unreachable for longer than the margin, would otherwise send an expiry Stripe refuses as too close; it gets an
 * expiry of its own window and, since Stripe refuses a key reused with other parameters, a key of its own.
 *
 * @param expiresAt      when the checkout stops taking payment
 * @param idempotencyKey the same for every attempt in one window
 */
public record CheckoutExpiry(Instant expiresAt, String idempotencyKey) {

    /** The shortest time after creation that Stripe accepts for a checkout's expiry. */
    public static final Duration PROVIDER_MINIMUM = Duration.ofMinutes(30);
    /** Room for the request's way to the provider and a retry or two; also the length of an attempt window. */
    public static final Duration MARGIN = Duration.ofMinutes(5);
    /** The longest Stripe keeps a checkout open. */
    public static final Duration PROVIDER_MAXIMUM = Duration.ofHours(24);

    public CheckoutExpiry {
        Objects.requireNonNull(expiresAt, "An expiry is required.");
        Objects.requireNonNull(idempotencyKey, "An idempotency key is required.");
    }

    /**
     * @param holdExpiresAt when the booking's hold lapses
     * @param firstAsked    when the checkout was first asked for (the payment's creation)
     * @param now           this attempt's moment, not before {@code firstAsked}
     */
    public static CheckoutExpiry of(long bookingId, Instant holdExpiresAt, Instant firstAsked, Instant now) {
        Objects.requireNonNull(holdExpiresAt, "The hold's expiry is required.");
        Objects.requireNonNull(firstAsked, "The time the checkout was first asked for is required.");
        Objects.requireNonNull(now, "The attempt's moment is required.");
        long window = Math.max(0, Duration.between(firstAsked, now).toMillis() / MARGIN.toMillis());
        Instant windowStart = firstAsked.plus(MARGIN.multipliedBy(window));
        Instant earliest = windowStart.plus(PROVIDER_MINIMUM).plus(MARGIN);
        Instant latest = windowStart.plus(PROVIDER_MAXIMUM);
        Instant wanted = holdExpiresAt.isAfter(earliest) ? holdExpiresAt : earliest;
        String key = "booking-" + bookingId + "-checkout" + (window == 0 ? "" : "-" + window);
        return new CheckoutExpiry(wanted.isAfter(latest) ? latest : wanted, key);
    }
}
