package com.buildappswith.booking.policy.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a policy's terms promise, and which terms an admin cannot type. */
class CancellationTermsTest {

    private static final Instant START = Instant.parse("2026-12-03T14:00:00Z");

    @Test
    void theStandardTermsAreWhatTheFirstMigrationSeeds() {
        assertThat(CancellationTerms.STANDARD.freeCancellationNotice()).isEqualTo(Duration.ofHours(48));
        assertThat(CancellationTerms.STANDARD.tiers()).containsExactly(new RefundTier(Duration.ofHours(24), 50));
        assertThat(CancellationTerms.STANDARD.rescheduleNotice()).isEqualTo(Duration.ofHours(24));
        assertThat(CancellationTerms.STANDARD.maxReschedules()).isEqualTo(2);
        assertThat(CancellationTerms.STANDARD).hasToString("Standard: free until 2880 min before; 50 % from 1440 min "
                + "before; moves until 1440 min before, at most 2");
    }

    @Test
    void theFreeCancellationDeadlineInstantItselfIsStillFree() {
        CancellationTerms terms = CancellationTerms.STANDARD;
        Instant deadline = terms.freeCancellationUntil(START);

        assertThat(deadline).isEqualTo(Instant.parse("2026-12-01T14:00:00Z"));
        assertThat(terms.refundPercent(Duration.between(deadline.minusSeconds(1), START))).isEqualTo(100);
        assertThat(terms.refundPercent(Duration.between(deadline, START))).isEqualTo(100);
        assertThat(terms.refundPercent(Duration.between(deadline.plusSeconds(1), START))).isEqualTo(50);
    }

    @Test
    void aTierStartsAtItsOwnNoticeAndEndsWhereTheNextBegins() {
        CancellationTerms terms = new CancellationTerms("Tiered", Duration.ofHours(72),
                List.of(new RefundTier(Duration.ofHours(24), 25), new RefundTier(Duration.ofHours(48), 75)),
                Duration.ofHours(12), 1);

        assertThat(terms.tiers()).extracting(RefundTier::percent).containsExactly(75, 25);
        assertThat(terms.refundPercent(Duration.ofHours(48))).isEqualTo(75);
        assertThat(terms.refundPercent(Duration.ofHours(48).minusSeconds(1))).isEqualTo(25);
        assertThat(terms.refundPercent(Duration.ofHours(24))).isEqualTo(25);
        assertThat(terms.refundPercent(Duration.ofHours(24).minusSeconds(1))).isZero();
        assertThat(terms.refundPercent(Duration.ZERO)).isZero();
        assertThat(terms.refundPercent(Duration.ofSeconds(-1))).isZero();
    }

    @Test
    void termsWithoutNoticeAreFreeUpToTheStartAndNothingAfter() {
        CancellationTerms anytime = new CancellationTerms("Anytime", Duration.ZERO, List.of(), Duration.ZERO, 0);

        assertThat(anytime.refundPercent(Duration.ZERO)).isEqualTo(100);
        assertThat(anytime.refundPercent(Duration.ofSeconds(-1))).isZero();
        assertThat(anytime.windows(START)).containsExactly(new RefundWindow(100, START));
    }

    @Test
    void windowsLayTheTermsOnTheCalendarEndingAtTheStart() {
        assertThat(CancellationTerms.STANDARD.windows(START)).containsExactly(
                new RefundWindow(100, Instant.parse("2026-12-01T14:00:00Z")),
                new RefundWindow(50, Instant.parse("2026-12-02T14:00:00Z")),
                new RefundWindow(0, START));
    }

    @Test
    void tiersThatGiveBackTheSameShareAreOneWindow() {
        CancellationTerms terms = new CancellationTerms("Flat", Duration.ofHours(48),
                List.of(new RefundTier(Duration.ofHours(24), 50), new RefundTier(Duration.ofHours(12), 50),
                        new RefundTier(Duration.ofHours(2), 0)),
                Duration.ofHours(24), 2);

        assertThat(terms.windows(START)).containsExactly(
                new RefundWindow(100, START.minus(Duration.ofHours(48))),
                new RefundWindow(50, START.minus(Duration.ofHours(12))),
                new RefundWindow(0, START));
    }

    @Test
    void aTierUpToTheStartEndsTheWindowsAtTheStart() {
        CancellationTerms terms = new CancellationTerms("Flexible", Duration.ofHours(24),
                List.of(new RefundTier(Duration.ZERO, 25)), Duration.ofHours(2), 3);

        assertThat(terms.windows(START)).containsExactly(
                new RefundWindow(100, START.minus(Duration.ofHours(24))), new RefundWindow(25, START));
        assertThat(terms.refundPercent(Duration.ZERO)).isEqualTo(25);
    }

    @Test
    void movesAreAllowedUntilTheRescheduleNoticeAndUpToTheMaximum() {
        assertThat(CancellationTerms.STANDARD.rescheduleUntil(START)).isEqualTo(START.minus(Duration.ofHours(24)));
        assertThat(CancellationTerms.STANDARD.allowsAnotherReschedule(1)).isTrue();
        assertThat(CancellationTerms.STANDARD.allowsAnotherReschedule(2)).isFalse();
    }

    @Test
    void equalTermsAreEqualWhateverOrderTheTiersWereTypedIn() {
        List<RefundTier> tiers = List.of(new RefundTier(Duration.ofHours(12), 10), new RefundTier(Duration.ofHours(24),
                50));
        List<RefundTier> reversed = new java.util.ArrayList<>(tiers);
        Collections.reverse(reversed);

        assertThat(new CancellationTerms(" Same ", Duration.ofHours(48), tiers, Duration.ZERO, 0))
                .isEqualTo(new CancellationTerms("Same", Duration.ofHours(48), reversed, Duration.ZERO, 0))
                .hasSameHashCodeAs(new CancellationTerms("Same", Duration.ofHours(48), reversed, Duration.ZERO, 0));
    }

    @Test
    void refusesTermsThatContradictThemselvesWithAMessage() {
        assertRefused(() -> terms(" ", Duration.ofHours(1), List.of()), "A policy needs a name of 1 to 80 characters.");
        assertRefused(() -> terms("x".repeat(81), Duration.ofHours(1), List.of()),
                "A policy needs a name of 1 to 80 characters.");
        assertRefused(() -> terms("P", Duration.ofHours(-1), List.of()),
                "The free-cancellation notice must be from 0 to 365 days.");
        assertRefused(() -> terms("P", Duration.ofDays(366), List.of()),
                "The free-cancellation notice must be from 0 to 365 days.");
        assertRefused(() -> terms("P", Duration.ofSeconds(90), List.of()),
                "The free-cancellation notice is a whole number of minutes.");
        assertRefused(() -> terms("P", Duration.ofHours(24), List.of(new RefundTier(Duration.ofHours(24), 50))),
                "A refund tier needs less notice than free cancellation (1440 minutes): it would never apply.");
        assertRefused(() -> terms("P", Duration.ofHours(24), List.of(new RefundTier(Duration.ofHours(1), 100))),
                "A tier that gives everything back is free cancellation: move the free-cancellation notice instead.");
        assertRefused(() -> terms("P", Duration.ofHours(24), List.of(new RefundTier(Duration.ofHours(1), 50),
                new RefundTier(Duration.ofHours(1), 25))), "Two refund tiers have the same notice.");
        assertRefused(() -> terms("P", Duration.ofHours(24), List.of(new RefundTier(Duration.ofHours(12), 20),
                new RefundTier(Duration.ofHours(2), 40))), "A tier with less notice cannot give back more (40 % after "
                + "20 %).");
        assertRefused(() -> terms("P", Duration.ofDays(30), java.util.stream.IntStream.range(1, 12)
                        .mapToObj(hours -> new RefundTier(Duration.ofHours(hours), 0)).toList()),
                "A policy has at most 10 refund tiers.");
        assertRefused(() -> new CancellationTerms("P", Duration.ZERO, List.of(), Duration.ofMinutes(-1), 0),
                "The reschedule notice must be from 0 to 365 days.");
        assertRefused(() -> new CancellationTerms("P", Duration.ZERO, List.of(), Duration.ZERO, 21),
                "A booking may be moved from 0 to 20 times.");
        assertRefused(() -> new CancellationTerms("P", Duration.ZERO, List.of(), Duration.ZERO, -1),
                "A booking may be moved from 0 to 20 times.");
        assertRefused(() -> new RefundTier(Duration.ofMinutes(-1), 10), "A refund tier's notice cannot be negative.");
        assertRefused(() -> new RefundTier(Duration.ofSeconds(30), 10),
                "A refund tier's notice is a whole number of minutes.");
        assertRefused(() -> new RefundTier(Duration.ofHours(1), 101),
                "A refund tier gives back from 0 to 100 percent, not 101.");
    }

    private static CancellationTerms terms(String name, Duration free, List<RefundTier> tiers) {
        return new CancellationTerms(name, free, tiers, Duration.ZERO, 0);
    }

    private static void assertRefused(Runnable making, String message) {
        assertThatThrownBy(making::run).isInstanceOf(InvalidTermsException.class).hasMessage(message);
    }
}
