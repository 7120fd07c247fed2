package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Settings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site's booking limits: their bounds, and what a node applies while no admin stored any. */
class SiteLimitsTest {

    @Test
    void withoutSettingsANodeAppliesTheBuiltInLimits() {
        assertThat(SiteLimits.ofEnvironment(settings(Map.of()))).isEqualTo(SiteLimits.BUILT_IN)
                .isEqualTo(new SiteLimits(10, 3, 2, 24, 15));
    }

    @Test
    void theOperatorsHoldSettingsReplaceTheBuiltInOnes() {
        assertThat(SiteLimits.ofEnvironment(settings(Map.of("BOOKING_HOLDS_PER_CLIENT", "5",
                "BOOKING_HOLD_COOL_DOWN_HOURS", "0", "BOOKING_HOLD_MINUTES", "1440"))))
                .isEqualTo(new SiteLimits(10, 3, 5, 0, 1440));
    }

    @Test
    void aMistypedSettingIsNamedWithWhatItMustBe() {
        assertThatThrownBy(() -> SiteLimits.ofEnvironment(settings(Map.of("BOOKING_HOLDS_PER_CLIENT", "0"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_HOLDS_PER_CLIENT must be a whole number from 1 to 100 but was '0'");
        assertThatThrownBy(() -> SiteLimits.ofEnvironment(settings(Map.of("BOOKING_HOLD_COOL_DOWN_HOURS", "a day"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_HOLD_COOL_DOWN_HOURS must be a whole number from 0 to 8760 but was 'a day'");
        assertThatThrownBy(() -> SiteLimits.ofEnvironment(settings(Map.of("BOOKING_HOLD_MINUTES", "1441"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("BOOKING_HOLD_MINUTES must be a whole number from 1 to 1440 but was '1441'");
        assertThatThrownBy(() -> SiteLimits.ofEnvironment(settings(Map.of("BOOKING_HOLD_MINUTES", "15m"))))
                .isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void refusesLimitsOutOfTheirBoundsWithAMessageForTheAdmin() {
        assertRefused(() -> new SiteLimits(0, 1, 1, 0, 1),
                "The upcoming bookings per client must be from 1 to 1000, not 0.");
        assertRefused(() -> new SiteLimits(1001, 1, 1, 0, 1),
                "The upcoming bookings per client must be from 1 to 1000, not 1001.");
        assertRefused(() -> new SiteLimits(3, 4, 1, 0, 1),
                "The upcoming bookings per client with one builder must be from 1 to 3, not 4.");
        assertRefused(() -> new SiteLimits(3, 0, 1, 0, 1),
                "The upcoming bookings per client with one builder must be from 1 to 3, not 0.");
        assertRefused(() -> new SiteLimits(3, 3, 101, 0, 1),
                "The unpaid holds per client must be from 1 to 100, not 101.");
        assertRefused(() -> new SiteLimits(3, 3, 1, -1, 1),
                "The hours before a lapsed hold may be held again must be from 0 to 8760, not -1.");
        assertRefused(() -> new SiteLimits(3, 3, 1, 0, 0), "The minutes a hold lasts must be from 1 to 1440, not 0.");
    }

    @Test
    void saysTheLimitsInWordsForTheAuditLog() {
        assertThat(SiteLimits.BUILT_IN).hasToString("10 upcoming bookings per client, 3 with one builder, 2 unpaid "
                + "holds at once, 24 h before a lapsed hold may be held again, holds last 15 min");
    }

    private static void assertRefused(Runnable making, String message) {
        assertThatThrownBy(making::run).isInstanceOf(InvalidLimitsException.class).hasMessage(message);
    }

    private static Settings settings(Map<String, String> environment) {
        return new Settings(environment, new Properties());
    }
}
