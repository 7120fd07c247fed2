package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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
    void readsTheOperatorsSettingsAndDefaultsWithout() {
        assertThat(HoldLimits.from(settings(Map.of()))).isEqualTo(HoldLimits.DEFAULTS);
        assertThat(HoldLimits.from(settings(Map.of("BOOKING_HOLDS_PER_CLIENT", "5",
                "BOOKING_HOLD_COOL_DOWN_HOURS", "0")))).isEqualTo(new HoldLimits(5, Duration.ZERO));
        assertThatThrownBy(() -> HoldLimits.from(settings(Map.of("BOOKING_HOLDS_PER_CLIENT", "0"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_HOLDS_PER_CLIENT must be a whole number of at least 1 but was '0'");
        assertThatThrownBy(() -> HoldLimits.from(settings(Map.of("BOOKING_HOLD_COOL_DOWN_HOURS", "a day"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_HOLD_COOL_DOWN_HOURS must be a whole number of at least 0 but was 'a day'");
    }

    @Test
    void theHoldLastsFromAMinuteToADayAsTheOperatorSets() {
        assertThat(HoldLimits.DEFAULTS.hold()).isEqualTo(Duration.ofMinutes(15));
        assertThat(HoldLimits.from(settings(Map.of("BOOKING_HOLD_MINUTES", "45"))).hold())
                .isEqualTo(Duration.ofMinutes(45));
        assertThat(HoldLimits.from(settings(Map.of("BOOKING_HOLD_MINUTES", "1440"))).hold())
                .isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> HoldLimits.from(settings(Map.of("BOOKING_HOLD_MINUTES", "0"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_HOLD_MINUTES must be a whole number from 1 to 1440 but was '0'");
        assertThatThrownBy(() -> HoldLimits.from(settings(Map.of("BOOKING_HOLD_MINUTES", "1441"))))
                .isInstanceOf(InvalidSettingException.class);
        assertThatThrownBy(() -> HoldLimits.from(settings(Map.of("BOOKING_HOLD_MINUTES", "15m"))))
                .isInstanceOf(InvalidSettingException.class);
        assertThatThrownBy(() -> new HoldLimits(1, Duration.ZERO, Duration.ZERO))
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

    private static Settings settings(Map<String, String> environment) {
        return new Settings(environment, new Properties());
    }
}
