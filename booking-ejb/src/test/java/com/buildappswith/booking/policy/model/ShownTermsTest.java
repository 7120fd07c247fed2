package com.buildappswith.booking.policy.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The terms a person saw, fingerprinted so a booking can tell whether they are still the terms in force. */
class ShownTermsTest {

    private static final CancellationTerms TERMS = new CancellationTerms("Flexible", Duration.ofHours(24),
            List.of(new RefundTier(Duration.ofHours(6), 50), new RefundTier(Duration.ofHours(1), 25)),
            Duration.ofHours(12), 3);

    @Test
    void equalTermsHaveOneFingerprintWhateverOrderTheTiersWereTypedIn() {
        CancellationTerms reordered = new CancellationTerms("Flexible", Duration.ofHours(24),
                List.of(new RefundTier(Duration.ofHours(1), 25), new RefundTier(Duration.ofHours(6), 50)),
                Duration.ofHours(12), 3);

        assertThat(reordered.fingerprint()).isEqualTo(TERMS.fingerprint()).matches("[0-9a-f]{32}");
        assertThat(TERMS.canonicalText()).isEqualTo("Flexible|1440|360:50,60:25|720|3");
    }

    @Test
    void anyChangeAClientCouldNoticeChangesTheFingerprint() {
        List<UnaryOperator<CancellationTerms>> edits = List.of(
                terms -> copy("Flexible two", terms.freeCancellationNotice(), terms.tiers(), terms.rescheduleNotice(),
                        terms.maxReschedules()),
                terms -> copy("Flexible", Duration.ofHours(25), terms.tiers(), terms.rescheduleNotice(),
                        terms.maxReschedules()),
                terms -> copy("Flexible", terms.freeCancellationNotice(),
                        List.of(new RefundTier(Duration.ofHours(6), 40), new RefundTier(Duration.ofHours(1), 25)),
                        terms.rescheduleNotice(), terms.maxReschedules()),
                terms -> copy("Flexible", terms.freeCancellationNotice(), List.of(new RefundTier(Duration.ofHours(6),
                        50)), terms.rescheduleNotice(), terms.maxReschedules()),
                terms -> copy("Flexible", terms.freeCancellationNotice(), terms.tiers(), Duration.ofHours(11),
                        terms.maxReschedules()),
                terms -> copy("Flexible", terms.freeCancellationNotice(), terms.tiers(), terms.rescheduleNotice(), 2));

        for (UnaryOperator<CancellationTerms> edit : edits) {
            CancellationTerms edited = edit.apply(TERMS);
            assertThat(edited.fingerprint()).as(edited.toString()).isNotEqualTo(TERMS.fingerprint());
        }
    }

    @Test
    void shownTermsMatchOnlyTheSamePolicyWithTheSameTerms() {
        ShownTerms shown = ShownTerms.of(new PolicyTerms(7, TERMS));

        assertThat(shown.matches(new PolicyTerms(7, copy("Flexible", Duration.ofHours(24), TERMS.tiers(),
                Duration.ofHours(12), 3)))).isTrue();
        assertThat(shown.matches(new PolicyTerms(8, TERMS))).as("another policy with equal terms").isFalse();
        assertThat(shown.matches(new PolicyTerms(7, CancellationTerms.STANDARD))).isFalse();
    }

    @Test
    void refusesAFingerprintNoTermsCouldHave() {
        for (String bad : new String[] {null, "", "abc", TERMS.fingerprint().toUpperCase(), TERMS.fingerprint() + "0"}) {
            assertThatThrownBy(() -> new ShownTerms(1, bad)).isInstanceOf(InvalidTermsException.class)
                    .hasMessageContaining("32 lower-case hex digits");
        }
    }

    private static CancellationTerms copy(String name, Duration free, List<RefundTier> tiers, Duration moves,
                                          int maxMoves) {
        return new CancellationTerms(name, free, tiers, moves, maxMoves);
    }
}
