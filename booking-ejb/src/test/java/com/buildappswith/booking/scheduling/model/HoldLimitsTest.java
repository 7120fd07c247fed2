package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HoldLimitsTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

    private final HoldLimits limits = new HoldLimits(2, Duration.ofHours(24));

    @Test
    void allowsHoldsBelowTheCap() {
        assertThat(limits.refusalFor(List.of(held(TOMORROW, NOW.plusSeconds(60))), List.of(), NOW)).isEmpty();
    }

    @Test
    void refusesAHoldBeyondTheCapOfLiveHoldsAcrossBuilders() {
        List<UpcomingBooking> twoHolds = List.of(held(TOMORROW, NOW.plusSeconds(60)),
                held(TOMORROW.plus(Duration.ofHours(2)), NOW.plusSeconds(600)));

        assertThat(limits.refusalFor(twoHolds, List.of(), NOW)).contains(LimitRefusal.TOO_MANY_HOLDS);
        assertThat(new HoldLimits(3, Duration.ZERO).refusalFor(twoHolds, List.of(), NOW)).isEmpty();
    }

    @Test
    void onlyHoldsThatHaveNotLapsedCountTowardsTheCap() {
        List<UpcomingBooking> oneLiveOneLapsedAndPaid = List.of(held(TOMORROW, NOW.plusSeconds(1)),
                held(TOMORROW.plus(Duration.ofHours(2)), NOW), confirmed(TOMORROW.plus(Duration.ofHours(4))),
                confirmed(TOMORROW.plus(Duration.ofHours(6))));

        assertThat(limits.refusalFor(oneLiveOneLapsedAndPaid, List.of(), NOW)).isEmpty();
    }

    @Test
    void refusesToHoldTheSameSlotAgainWithinTheCoolDownAfterTheHoldLapsed() {
        assertThat(limits.refusalFor(List.of(), List.of(NOW), NOW)).contains(LimitRefusal.HOLD_LAPSED_RECENTLY);
        assertThat(limits.refusalFor(List.of(), List.of(NOW.minus(Duration.ofHours(24)).plusSeconds(1)), NOW))
                .contains(LimitRefusal.HOLD_LAPSED_RECENTLY);
    }

    @Test
    void allowsTheSameSlotAgainOnceTheCoolDownHasPassed() {
        assertThat(limits.refusalFor(List.of(), List.of(NOW.minus(Duration.ofHours(24))), NOW)).isEmpty();
        assertThat(new HoldLimits(2, Duration.ZERO).refusalFor(List.of(), List.of(NOW), NOW)).isEmpty();
    }

    @Test
    void aHoldOfTheSlotThatIsStillRunningIsNoLapse() {
        assertThat(limits.refusalFor(List.of(), List.of(NOW.plusSeconds(1)), NOW)).isEmpty();
    }

    @Test
    void aHoldLastsFromAMinuteToADay() {
        assertThat(HoldLimits.DEFAULTS.hold()).isEqualTo(Duration.ofMinutes(15));
        assertThatThrownBy(() -> new HoldLimits(1, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HoldLimits(1, Duration.ZERO, Duration.ofMinutes(1441)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientMayAlwaysHoldAtLeastOneSlot() {
        assertThatThrownBy(() -> new HoldLimits(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HoldLimits(1, Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static UpcomingBooking held(Instant start, Instant holdExpiresAt) {
        return new UpcomingBooking(start, start.plus(Duration.ofHours(1)), false, BookingStatus.HELD, holdExpiresAt);
    }

    private static UpcomingBooking confirmed(Instant start) {
        return new UpcomingBooking(start, start.plus(Duration.ofHours(1)), true, BookingStatus.CONFIRMED, null);
    }
}
