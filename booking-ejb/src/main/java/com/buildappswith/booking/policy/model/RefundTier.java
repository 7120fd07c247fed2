package com.buildappswith.booking.policy.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Part of the price given back to a client who cancels with at least {@code minNotice} before the start.
 *
 * @param minNotice how long before the start the cancellation must come, at least; zero means up to the start
 * @param percent   the whole percentage of the amount paid that is given back, 0 to 100
 */
public record RefundTier(Duration minNotice, int percent) {

    public RefundTier {
        Objects.requireNonNull(minNotice, "A tier's notice is required.");
        if (minNotice.isNegative()) {
            throw new InvalidTermsException("A refund tier's notice cannot be negative.");
        }
        if (minNotice.toSecondsPart() != 0 || minNotice.toNanosPart() != 0) {
            throw new InvalidTermsException("A refund tier's notice is a whole number of minutes.");
        }
        if (percent < 0 || percent > 100) {
            throw new InvalidTermsException("A refund tier gives back from 0 to 100 percent, not " + percent + ".");
        }
    }
}
