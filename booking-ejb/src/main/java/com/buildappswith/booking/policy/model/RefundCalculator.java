package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.Money;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How much of what a client paid a cancellation gives back.
 * <p>
 * The rounding rule: the refund is {@code floor(paid × percent / 100)} in the currency's minor units, computed
 * without overflow, so it is never negative, never more than was paid, and a percentage that cannot be paid to the
 * cent rounds in the builder's favour by less than one minor unit (50 % of €0.01 gives back nothing). When the
 * builder or an admin cancels, everything paid comes back.
 */
public final class RefundCalculator {

    private RefundCalculator() {
    }

    /**
     * @param paid        what the client paid (zero for a free session)
     * @param terms       the terms the booking was made under
     * @param cancelledAt when the cancellation is made
     * @param start       when the session starts
     */
    public static Money refund(Money paid, CancellationTerms terms, Canceller canceller, Instant cancelledAt,
                               Instant start) {
        return part(paid, percent(terms, canceller, cancelledAt, start));
    }

    /** The whole percentage of the amount paid that the cancellation gives back. */
    public static int percent(CancellationTerms terms, Canceller canceller, Instant cancelledAt, Instant start) {
        Objects.requireNonNull(terms, "Terms are required.");
        Objects.requireNonNull(canceller, "Who cancels is required.");
        if (canceller.refundsInFull()) {
            return 100;
        }
        return terms.refundPercent(Duration.between(Objects.requireNonNull(cancelledAt, "The moment is required."),
                Objects.requireNonNull(start, "The start is required.")));
    }

    private static Money part(Money paid, int percent) {
        Objects.requireNonNull(paid, "The amount paid is required.");
        long minor = BigInteger.valueOf(paid.amountMinor())
                .multiply(BigInteger.valueOf(percent))
                .divide(BigInteger.valueOf(100))
                .longValueExact();
        return new Money(minor, paid.currency());
    }
}
