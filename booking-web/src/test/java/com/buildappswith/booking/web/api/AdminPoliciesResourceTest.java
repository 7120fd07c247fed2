package com.buildappswith.booking.web.api;

import com.buildappswith.booking.policy.application.PolicyDraft;
import com.buildappswith.booking.policy.application.PolicyView;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminPoliciesResourceTest {

    private static final AdminPoliciesResource.TierJson HALF_FROM_A_DAY =
            new AdminPoliciesResource.TierJson(1440L, 50);

    @Test
    void aPolicyInMinutesBecomesTheSameTermsAsTheStandardOnes() {
        PolicyDraft draft = new AdminPoliciesResource.PolicyInputJson("Standard", 2880L, List.of(HALF_FROM_A_DAY),
                1440L, 2, true, null).draft();

        assertThat(draft.terms()).isEqualTo(CancellationTerms.STANDARD);
        assertThat(draft.published()).isTrue();
    }

    @Test
    void missingFieldsAreA400ThatNamesThem() {
        assertThatThrownBy(() -> new AdminPoliciesResource.PolicyInputJson("No notice", null, List.of(), 60L, 1,
                true, null).draft())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo(
                        ProblemType.INVALID_INPUT))
                .hasMessageContaining("freeCancellationMinutes");
        assertThatThrownBy(() -> new AdminPoliciesResource.PolicyInputJson("Hole", 60L,
                Arrays.asList(HALF_FROM_A_DAY, null), 60L, 1, true, null).draft())
                .hasMessage("Each refund tier needs minNoticeMinutes and percent.");
    }

    @Test
    void aNoticeBeyondAYearIsRefusedBeforeItCouldOverflow() {
        assertThatThrownBy(() -> new AdminPoliciesResource.PolicyInputJson("Forever", Long.MAX_VALUE, List.of(),
                60L, 1, true, null).draft())
                .isInstanceOf(DomainException.class)
                .hasMessage("freeCancellationMinutes must be from 0 to 525600 minutes (a year).");
    }

    @Test
    void theTermsOfAPolicyAreGivenInMinutesAndInWords() {
        CancellationTerms terms = new CancellationTerms("Flexible", Duration.ofHours(24),
                List.of(new RefundTier(Duration.ZERO, 25)), Duration.ofHours(2), 3);

        AdminPoliciesResource.PolicyJson json = AdminPoliciesResource.PolicyJson.of(
                new PolicyView(2, 3, terms, true, false));

        assertThat(json.freeCancellationMinutes()).isEqualTo(1440);
        assertThat(json.refundTiers()).containsExactly(new AdminPoliciesResource.TierOutJson(0, 25));
        assertThat(json.terms()).startsWith("Free cancellation until 1 day before the start; 25 % back until the "
                + "start.");
        assertThat(json.version()).isEqualTo(3);
    }
}
