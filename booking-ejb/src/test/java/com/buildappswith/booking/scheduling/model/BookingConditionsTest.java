package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.policy.model.SiteLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's limits as the booking transaction applies them. */
class BookingConditionsTest {

    @Test
    void theBuiltInLimitsAreTheDefaultsTheBookingRulesKnow() {
        assertThat(BookingConditions.of(SiteLimits.BUILT_IN, PolicyTerms.STANDARD))
                .isEqualTo(BookingConditions.DEFAULTS);
    }

    @Test
    void storedLimitsBecomeTheClientsLimitsAndHoldLimits() {
        BookingConditions conditions = BookingConditions.of(new SiteLimits(4, 2, 1, 0, 45), PolicyTerms.STANDARD);

        assertThat(conditions.limits()).isEqualTo(new BookingLimits(4, 2));
        assertThat(conditions.holds()).isEqualTo(new HoldLimits(1, Duration.ZERO, Duration.ofMinutes(45)));
    }
}
