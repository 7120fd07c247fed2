package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site's settings row: stored limits over each node's own, and which policy may be the default. */
class BookingSettingsTest {

    private static final SiteLimits NODE = new SiteLimits(10, 3, 4, 12, 30);

    @Test
    void untilAnAdminStoresLimitsEachNodeAppliesItsOwn() {
        BookingSettings settings = new BookingSettings();

        assertThat(settings.limitsSetByAdmin()).isFalse();
        assertThat(settings.limitsOver(NODE)).isEqualTo(NODE);
    }

    @Test
    void storedLimitsApplyOnEveryNodeWhateverItsOwn() {
        BookingSettings settings = new BookingSettings();
        SiteLimits stored = new SiteLimits(2, 1, 1, 0, 5);

        settings.storeLimits(stored);

        assertThat(settings.limitsSetByAdmin()).isTrue();
        assertThat(settings.limitsOver(NODE)).isEqualTo(stored);
        assertThat(settings.limitsOver(SiteLimits.BUILT_IN)).isEqualTo(stored);
    }

    @Test
    void onlyAPublishedPolicyCanBeTheDefault() {
        BookingSettings settings = new BookingSettings();

        assertThatThrownBy(() -> settings.makeDefault(new CancellationPolicy(CancellationTerms.STANDARD, false,
                Instant.EPOCH)))
                .isInstanceOfSatisfying(PolicyRefusedException.class,
                        refusal -> assertThat(refusal.type()).isEqualTo(ProblemType.NOT_ALLOWED))
                .hasMessage("Only a published policy can be the site default: publish \"Standard\" first.");
    }
}
