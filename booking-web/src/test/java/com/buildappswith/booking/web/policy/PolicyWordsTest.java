package com.buildappswith.booking.web.policy;

import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.RefundTier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyWordsTest {

    @Test
    void theStandardTermsReadFromTheMostNoticeToTheLeast() {
        assertThat(PolicyWords.terms(CancellationTerms.STANDARD)).isEqualTo("Free cancellation until 2 days before "
                + "the start; 50 % back until 1 day before; nothing back after that. Moves until 1 day before, "
                + "at most 2 times.");
    }

    @Test
    void aTierThatReachesTheStartLeavesNothingToSayAfterIt() {
        CancellationTerms flexible = new CancellationTerms("Flexible", Duration.ofHours(24),
                List.of(new RefundTier(Duration.ZERO, 25)), Duration.ofHours(2), 3);

        assertThat(PolicyWords.terms(flexible)).isEqualTo("Free cancellation until 1 day before the start; 25 % "
                + "back until the start. Moves until 2 h before, at most 3 times.");
    }

    @Test
    void freeCancellationUpToTheStartNeedsNoTiers() {
        CancellationTerms relaxed = new CancellationTerms("Relaxed", Duration.ZERO, List.of(), Duration.ZERO, 1);

        assertThat(PolicyWords.terms(relaxed))
                .isEqualTo("Free cancellation until the start. Moves until the start, at most once.");
    }

    @Test
    void aTierGivingNothingBackReadsAsTheEndOfRefunds() {
        CancellationTerms strict = new CancellationTerms("Strict", Duration.ofDays(7),
                List.of(new RefundTier(Duration.ofHours(72), 30), new RefundTier(Duration.ofHours(12), 0)),
                Duration.ofMinutes(90), 0);

        assertThat(PolicyWords.terms(strict)).isEqualTo("Free cancellation until 7 days before the start; 30 % back "
                + "until 3 days before; nothing back after that. No moves.");
    }

    @Test
    void tiersOfOnePercentageInARowReadAsOne() {
        CancellationTerms stepped = new CancellationTerms("Stepped", Duration.ofHours(48),
                List.of(new RefundTier(Duration.ofHours(24), 50), new RefundTier(Duration.ofHours(6), 50)),
                Duration.ofHours(1), 2);

        assertThat(PolicyWords.refunds(stepped))
                .isEqualTo("Free cancellation until 2 days before the start; 50 % back until 6 h before; "
                        + "nothing back after that.");
    }
}
