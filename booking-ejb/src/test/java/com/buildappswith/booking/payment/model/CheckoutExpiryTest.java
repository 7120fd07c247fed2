package com.buildappswith.booking.payment.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CheckoutExpiryTest {

    private static final Instant ASKED = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aShortHoldGetsTheProvidersShortestCheckoutPlusTheMargin() {
        assertThat(CheckoutExpiry.of(ASKED.plus(Duration.ofMinutes(15)), ASKED))
                .isEqualTo(ASKED.plus(Duration.ofMinutes(35)));
    }

    @Test
    void aLongHoldKeepsTheCheckoutOpenAsLongAsTheHold() {
        assertThat(CheckoutExpiry.of(ASKED.plus(Duration.ofHours(2)), ASKED)).isEqualTo(ASKED.plus(Duration.ofHours(2)));
    }

    @Test
    void neverLongerThanTheProviderAllows() {
        assertThat(CheckoutExpiry.of(ASKED.plus(Duration.ofDays(2)), ASKED)).isEqualTo(ASKED.plus(Duration.ofHours(24)));
    }

    /** Seeded property: for any hold, the expiry lies in Stripe's window and never before the hold ends (up to 24 h). */
    @Test
    void alwaysWithinTheProvidersWindow() {
        Random random = new Random(30L);
        for (int i = 0; i < 5000; i++) {
            Instant hold = ASKED.plusSeconds(random.nextInt(2 * 24 * 3600));
            Instant expiry = CheckoutExpiry.of(hold, ASKED);
            assertThat(Duration.between(ASKED, expiry)).isBetween(Duration.ofMinutes(30), Duration.ofHours(24));
            assertThat(expiry).isAfterOrEqualTo(hold.isAfter(ASKED.plus(Duration.ofHours(24)))
                    ? ASKED.plus(Duration.ofHours(24)) : hold);
        }
    }
}
