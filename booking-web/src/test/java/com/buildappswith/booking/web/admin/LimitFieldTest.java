package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.policy.model.InvalidLimitsException;
import com.buildappswith.booking.policy.model.SiteLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits form says beside each field what the model would refuse: the same bounds, in the admin's words. */
class LimitFieldTest {

    @Test
    void aMissingOrOutOfRangeNumberIsToldInItsFieldsWords() {
        assertThat(LimitField.MAX_UPCOMING.problemWith(null)).contains("Enter how many upcoming bookings a client may "
                + "have.");
        assertThat(LimitField.MAX_UPCOMING.problemWith(0)).contains("Allow at least 1.");
        assertThat(LimitField.MAX_UPCOMING.problemWith(1001)).contains("At most 1000.");
        assertThat(LimitField.HOLD_COOL_DOWN_HOURS.problemWith(-1)).contains("The cool-down cannot be negative.");
        assertThat(LimitField.HOLD_COOL_DOWN_HOURS.problemWith(0)).isEmpty();
        assertThat(LimitField.HOLD_MINUTES.problemWith(1441)).contains("A hold lasts at most a day (1440 minutes).");
    }

    @Test
    void theFormsBoundsAreTheModels() {
        for (LimitField field : LimitField.values()) {
            int lowest = lowestAccepted(field);
            int highest = highestAccepted(field);
            assertThat(field.problemWith(lowest - 1)).as(field + " below").isPresent();
            assertThat(field.problemWith(highest + 1)).as(field + " above").isPresent();
            limitsWith(field, lowest);
            limitsWith(field, highest);
            assertThatThrownBy(() -> limitsWith(field, highest + 1)).isInstanceOf(InvalidLimitsException.class);
        }
    }

    private static int lowestAccepted(LimitField field) {
        int value = -1;
        while (field.problemWith(value).isPresent()) {
            value++;
        }
        return value;
    }

    private static int highestAccepted(LimitField field) {
        int value = lowestAccepted(field);
        while (field.problemWith(value + 1).isEmpty()) {
            value++;
        }
        return value;
    }

    /** The built-in limits with one field set to {@code value} (and the per-builder one at most the total). */
    private static SiteLimits limitsWith(LimitField field, int value) {
        SiteLimits base = SiteLimits.BUILT_IN;
        return switch (field) {
            case MAX_UPCOMING -> new SiteLimits(value, Math.min(value, base.maxUpcomingWithBuilder()),
                    base.holdsPerClient(), base.holdCoolDownHours(), base.holdMinutes());
            case MAX_UPCOMING_WITH_BUILDER -> new SiteLimits(SiteLimits.MAX_UPCOMING, value, base.holdsPerClient(),
                    base.holdCoolDownHours(), base.holdMinutes());
            case HOLDS_PER_CLIENT -> new SiteLimits(base.maxUpcoming(), base.maxUpcomingWithBuilder(), value,
                    base.holdCoolDownHours(), base.holdMinutes());
            case HOLD_COOL_DOWN_HOURS -> new SiteLimits(base.maxUpcoming(), base.maxUpcomingWithBuilder(),
                    base.holdsPerClient(), value, base.holdMinutes());
            case HOLD_MINUTES -> new SiteLimits(base.maxUpcoming(), base.maxUpcomingWithBuilder(),
                    base.holdsPerClient(), base.holdCoolDownHours(), value);
        };
    }
}
