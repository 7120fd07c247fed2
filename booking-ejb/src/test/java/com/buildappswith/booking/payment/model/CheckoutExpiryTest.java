package com.buildappswith.booking.payment.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CheckoutExpiryTest {

    private static final Instant ASKED = Instant.parse("2026-11-30T10:00:00Z");
    private static final long BOOKING = 7;

    private static CheckoutExpiry firstAttempt(Instant holdExpiresAt) {
        return CheckoutExpiry.of(BOOKING, holdExpiresAt, ASKED, ASKED);
    }

    @Test
    void aShortHoldGetsTheProvidersShortestCheckoutPlusTheMargin() {
        assertThat(firstAttempt(ASKED.plus(Duration.ofMinutes(15))).expiresAt())
                .isEqualTo(ASKED.plus(Duration.ofMinutes(35)));
    }

    @Test
    void aLongHoldKeepsTheCheckoutOpenAsLongAsTheHold() {
        assertThat(firstAttempt(ASKED.plus(Duration.ofHours(2))).expiresAt()).isEqualTo(ASKED.plus(Duration.ofHours(2)));
    }

    @Test
    void neverLongerThanTheProviderAllows() {
        assertThat(firstAttempt(ASKED.plus(Duration.ofDays(2))).expiresAt()).isEqualTo(ASKED.plus(Duration.ofHours(24)));
    }

    @Test
    void aRetryWithinTheMarginSendsTheSameExpiryUnderTheSameKey() {
        Instant hold = ASKED.plus(Duration.ofMinutes(15));
        CheckoutExpiry retry = CheckoutExpiry.of(BOOKING, hold, ASKED, ASKED.plus(Duration.ofMinutes(4)));

        assertThat(retry).isEqualTo(firstAttempt(hold));
        assertThat(retry.idempotencyKey()).isEqualTo("booking-7-checkout");
    }

    @Test
    void aRetryAfterTheMarginGetsAnExpiryStripeStillAcceptsUnderAKeyOfItsOwn() {
        Instant hold = ASKED.plus(Duration.ofMinutes(15));
        Instant late = ASKED.plus(Duration.ofMinutes(11));
        CheckoutExpiry retry = CheckoutExpiry.of(BOOKING, hold, ASKED, late);

        assertThat(Duration.between(late, retry.expiresAt())).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
        assertThat(retry.idempotencyKey()).isEqualTo("booking-7-checkout-2");
    }

    /**
     * Seeded property: for any hold and any attempt up to a day late, the expiry leaves at least Stripe's shortest
     * checkout after the attempt and at most its longest, and never ends before the hold unless the hold outlasts
     * what Stripe allows; and a key is never sent with two different expiries (Stripe would refuse the second).
     */
    @Test
    void alwaysWithinTheProvidersWindow() {
        Random random = new Random(30L);
        for (int i = 0; i < 5000; i++) {
            Instant hold = ASKED.plusSeconds(random.nextInt(2 * 24 * 3600));
            Instant attempt = ASKED.plusSeconds(random.nextInt(24 * 3600));
            CheckoutExpiry expiry = CheckoutExpiry.of(BOOKING, hold, ASKED, attempt);
            Duration open = Duration.between(attempt, expiry.expiresAt());
            assertThat(open).isBetween(Duration.ofMinutes(30), Duration.ofHours(24));
            if (expiry.expiresAt().isBefore(hold)) {
                assertThat(open).isGreaterThan(Duration.ofHours(24).minus(CheckoutExpiry.MARGIN));
            }

            CheckoutExpiry other = CheckoutExpiry.of(BOOKING, hold, ASKED,
                    ASKED.plusSeconds(random.nextInt(24 * 3600)));
            if (other.idempotencyKey().equals(expiry.idempotencyKey())) {
                assertThat(other.expiresAt()).isEqualTo(expiry.expiresAt());
            }
        }
    }
}
