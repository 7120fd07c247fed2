package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.shared.Money;

import java.util.Optional;

/**
 * What cancelling a booking now would do, shown before the person confirms: "You will get back €30.00 of €60.00
 * under the policy you booked with".
 *
 * @param refusal        why it cannot be cancelled now, if it cannot (then nothing else applies)
 * @param paid           what was paid; empty for a free session or a hold not paid yet
 * @param refund         what would be given back; zero when nothing would
 * @param percent        the part of {@code paid} that would be given back
 * @param reasonRequired whether the canceller must say why (a builder or an admin must)
 */
public record CancellationPreview(long bookingId, Canceller canceller, Optional<String> refusal,
                                  Optional<Money> paid, Money refund, int percent, String policyName,
                                  boolean reasonRequired) {

    public boolean isAllowed() {
        return refusal.isEmpty();
    }
}
