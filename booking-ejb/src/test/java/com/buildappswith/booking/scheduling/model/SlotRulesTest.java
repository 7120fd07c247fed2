package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotRulesTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Test
    void needsASessionThatLastsSomeTime() {
        assertThatThrownBy(() -> new SlotRules(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofDays(30), HALF_HOUR, 1, OptionalInt.empty()))
                .hasMessage("A session must last some time.");
    }

    @Test
    void refusesNegativeBuffersAndNotice() {
        assertThatThrownBy(() -> new SlotRules(HALF_HOUR, Duration.ofMinutes(-5), Duration.ZERO, Duration.ZERO,
                Duration.ofDays(30), HALF_HOUR, 1, OptionalInt.empty()))
                .hasMessage("A buffer cannot be negative.");
        assertThatThrownBy(() -> new SlotRules(HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ofHours(-1),
                Duration.ofDays(30), HALF_HOUR, 1, OptionalInt.empty()))
                .hasMessage("Minimum notice cannot be negative.");
    }

    @Test
    void needsAHorizonInTheFuture() {
        assertThatThrownBy(() -> new SlotRules(HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, HALF_HOUR, 1, OptionalInt.empty()))
                .hasMessage("The booking horizon must reach into the future.");
    }

    @Test
    void needsStartsAtLeastAMinuteApart() {
        assertThatThrownBy(() -> new SlotRules(HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofDays(30), Duration.ofSeconds(59), 1, OptionalInt.empty()))
                .hasMessage("Slots must start at least a minute apart.");
    }

    @Test
    void needsRoomForAClientAndADailyCapThatAllowsOne() {
        assertThatThrownBy(() -> new SlotRules(HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofDays(30), HALF_HOUR, 0, OptionalInt.empty()))
                .hasMessage("A session takes at least one client.");
        assertThatThrownBy(() -> new SlotRules(HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofDays(30), HALF_HOUR, 1, OptionalInt.of(0)))
                .hasMessage("A daily limit must allow at least one session.");
    }

    @Test
    void namesWhatIsMissing() {
        assertThatNullPointerException().isThrownBy(() -> new SlotRules(HALF_HOUR, Duration.ZERO, Duration.ZERO,
                        Duration.ZERO, null, HALF_HOUR, 1, OptionalInt.empty()))
                .withMessage("Booking horizon is required.");
    }
}
