package com.buildappswith.booking.payment.model;

import com.buildappswith.booking.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A booking's refund reached an end the parties must hear about: the money is back ({@code succeeded}), or the
 * provider reported it failed, with its reason. Fired synchronously in the transaction that records it, so the
 * notification domain's messages commit or roll back with it.
 */
public record RefundSettled(long bookingId, long refundId, Money amount, boolean succeeded, Optional<String> failure) {

    public RefundSettled {
        Objects.requireNonNull(amount, "The amount is required.");
        Objects.requireNonNull(failure, "The failure is required (empty when it succeeded).");
    }
}
