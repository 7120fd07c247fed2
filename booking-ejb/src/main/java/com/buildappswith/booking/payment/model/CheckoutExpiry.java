package com.buildappswith.booking.payment.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a booking's checkout stops taking payment. Ideally with its hold, but Stripe accepts an {@code expires_at}
 * only from 30 minutes to 24 hours after the checkout is created, so it is the later of the hold's expiry and 30
 * minutes (plus a margin for the request's way there) after the checkout was first asked for. A hold shorter than
 * that lapses first; the application then expires the checkout through the provider so it can no longer be paid,
 * and money that arrives anyway is a late payment.
 * <p>
 * "First asked for" is fixed (the payment's creation), not the moment of each attempt, so a retried request carries
 * the same parameters and the provider's idempotency key returns the same checkout.
 */
public final class CheckoutExpiry {

    /** The shortest time after creation that Stripe accepts for a checkout's expiry. */
    public static final Duration PROVIDER_MINIMUM = Duration.ofMinutes(30);
    /** Room for the request's way to the provider and a retry or two. */
    public static final Duration MARGIN = Duration.ofMinutes(5);
    /** The longest Stripe keeps a checkout open. */
    public static final Duration PROVIDER_MAXIMUM = Duration.ofHours(24);

    private CheckoutExpiry() {
    }

    /**
     * @param holdExpiresAt when the booking's hold lapses
     * @param firstAsked    when the checkout was first asked for (the payment's creation)
     */
    public static Instant of(Instant holdExpiresAt, Instant firstAsked) {
        Objects.requireNonNull(holdExpiresAt, "The hold's expiry is required.");
        Objects.requireNonNull(firstAsked, "The time the checkout was first asked for is required.");
        Instant earliest = firstAsked.plus(PROVIDER_MINIMUM).plus(MARGIN);
        Instant latest = firstAsked.plus(PROVIDER_MAXIMUM);
        Instant wanted = holdExpiresAt.isAfter(earliest) ? holdExpiresAt : earliest;
        return wanted.isAfter(latest) ? latest : wanted;
    }
}
