package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.testing.Generator;
import com.buildappswith.booking.testing.PropertyTest;
import com.buildappswith.booking.testing.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refund rule: examples at the deadlines and on days the clocks change, and properties over seeded random terms
 * and amounts (see {@link SeededCases}).
 */
class RefundCalculatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Money SIXTY = new Money(6000, EUR);
    private static final Instant START = Instant.parse("2026-12-03T14:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void givesEverythingBackUpToTheFreeDeadlineInstantAndHalfOneSecondLater() {
        Instant deadline = CancellationTerms.STANDARD.freeCancellationUntil(START);

        assertThat(clientRefund(SIXTY, deadline.minusSeconds(1), START)).isEqualTo(SIXTY);
        assertThat(clientRefund(SIXTY, deadline, START)).isEqualTo(SIXTY);
        assertThat(clientRefund(SIXTY, deadline.plusSeconds(1), START)).isEqualTo(new Money(3000, EUR));
    }

    @Test
    void theLastTierEndsAtItsNoticeAndNothingComesBackAfter() {
        Instant tierEnd = START.minus(Duration.ofHours(24));

        assertThat(clientRefund(SIXTY, tierEnd, START)).isEqualTo(new Money(3000, EUR));
        assertThat(clientRefund(SIXTY, tierEnd.plusSeconds(1), START)).isEqualTo(new Money(0, EUR));
        assertThat(clientRefund(SIXTY, START, START)).isEqualTo(new Money(0, EUR));
        assertThat(clientRefund(SIXTY, START.plusSeconds(60), START)).isEqualTo(new Money(0, EUR));
    }

    /**
     * Notice is real elapsed time, not the difference of wall clocks: on the day Berlin's clocks spring forward
     * (29 March 2026, 02:00 becomes 03:00), 10:00 the day before is only 23 hours before a session at 10:00, so it
     * is inside the 24-hour tier's notice and gives nothing back; and the free deadline, 48 real hours before the
     * start, reads 09:00 on Berlin's clocks of the 27th, not 10:00.
     */
    @Test
    void noticeIsRealElapsedTimeOnTheDayBerlinsClocksSpringForward() {
        Instant start = LocalDateTime.of(2026, 3, 29, 10, 0).atZone(BERLIN).toInstant();
        Instant dayBeforeSameWallTime = LocalDateTime.of(2026, 3, 28, 10, 0).atZone(BERLIN).toInstant();

        assertThat(Duration.between(dayBeforeSameWallTime, start)).isEqualTo(Duration.ofHours(23));
        assertThat(clientRefund(SIXTY, dayBeforeSameWallTime, start)).isEqualTo(new Money(0, EUR));
        assertThat(clientRefund(SIXTY, dayBeforeSameWallTime.minus(Duration.ofHours(1)), start))
                .isEqualTo(new Money(3000, EUR));
        assertThat(CancellationTerms.STANDARD.freeCancellationUntil(start).atZone(BERLIN).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 3, 27, 9, 0));
    }

    /** And on the day they fall back (25 October 2026, 03:00 becomes 02:00), the day before is 25 hours before. */
    @Test
    void noticeIsRealElapsedTimeOnTheDayBerlinsClocksFallBack() {
        Instant start = LocalDateTime.of(2026, 10, 25, 10, 0).atZone(BERLIN).toInstant();
        Instant dayBeforeSameWallTime = LocalDateTime.of(2026, 10, 24, 10, 0).atZone(BERLIN).toInstant();

        assertThat(Duration.between(dayBeforeSameWallTime, start)).isEqualTo(Duration.ofHours(25));
        assertThat(clientRefund(SIXTY, dayBeforeSameWallTime, start)).isEqualTo(new Money(3000, EUR));
        assertThat(clientRefund(SIXTY, dayBeforeSameWallTime.plus(Duration.ofHours(1)), start))
                .isEqualTo(new Money(3000, EUR));
        assertThat(clientRefund(SIXTY, dayBeforeSameWallTime.plus(Duration.ofHours(1)).plusSeconds(1), start))
                .isEqualTo(new Money(0, EUR));
    }

    @Test
    void aFreeSessionGivesBackNothingBecauseNothingWasPaid() {
        Money nothing = new Money(0, EUR);

        assertThat(clientRefund(nothing, START.minus(Duration.ofDays(7)), START)).isEqualTo(nothing);
        assertThat(RefundCalculator.refund(nothing, CancellationTerms.STANDARD, Canceller.BUILDER, START, START))
                .isEqualTo(nothing);
    }

    @Test
    void halfOfOneCentRoundsDownToNothingInTheBuildersFavour() {
        Money oneCent = new Money(1, EUR);
        Instant inHalfTier = START.minus(Duration.ofHours(30));

        assertThat(RefundCalculator.percent(CancellationTerms.STANDARD, Canceller.CLIENT, inHalfTier, START))
                .isEqualTo(50);
        assertThat(clientRefund(oneCent, inHalfTier, START)).isEqualTo(new Money(0, EUR));
        assertThat(clientRefund(new Money(3, EUR), inHalfTier, START)).isEqualTo(new Money(1, EUR));
    }

    @Test
    void theBuilderOrAnAdminCancellingGivesEverythingBackEvenAfterTheStart() {
        for (Canceller canceller : List.of(Canceller.BUILDER, Canceller.ADMIN)) {
            assertThat(RefundCalculator.refund(SIXTY, CancellationTerms.STANDARD, canceller, START.plusSeconds(1),
                    START)).isEqualTo(SIXTY);
            assertThat(RefundCalculator.percent(CancellationTerms.STANDARD, canceller, START.minusSeconds(1), START))
                    .isEqualTo(100);
        }
    }

    @Test
    void theLargestAmountsDoNotOverflow() {
        Money most = new Money(Long.MAX_VALUE, EUR);

        assertThat(clientRefund(most, START.minus(Duration.ofHours(30)), START))
                .isEqualTo(new Money(Long.MAX_VALUE / 2, EUR));
        assertThat(clientRefund(most, START.minus(Duration.ofDays(3)), START)).isEqualTo(most);
    }

    @PropertyTest
    @MethodSource("cancellations")
    void theRefundIsNeverNegativeNorMoreThanWasPaid(Cancellation cancellation) {
        Money refund = RefundCalculator.refund(cancellation.paid(), cancellation.terms(), Canceller.CLIENT,
                cancellation.at(), cancellation.start());

        assertThat(refund.currency()).isEqualTo(cancellation.paid().currency());
        assertThat(refund.amountMinor()).isBetween(0L, cancellation.paid().amountMinor());
    }

    @PropertyTest
    @MethodSource("cancellations")
    void theRefundNeverGrowsAsTheCancellationComesCloserToTheStart(Cancellation cancellation) {
        Money earlier = RefundCalculator.refund(cancellation.paid(), cancellation.terms(), Canceller.CLIENT,
                cancellation.at(), cancellation.start());
        Money later = RefundCalculator.refund(cancellation.paid(), cancellation.terms(), Canceller.CLIENT,
                cancellation.later(), cancellation.start());

        assertThat(later.amountMinor()).isLessThanOrEqualTo(earlier.amountMinor());
    }

    @PropertyTest
    @MethodSource("cancellations")
    void theWindowsSayWhatTheRefundIs(Cancellation cancellation) {
        CancellationTerms terms = cancellation.terms();
        List<RefundWindow> windows = terms.windows(cancellation.start());
        int percent = terms.refundPercent(Duration.between(cancellation.at(), cancellation.start()));

        assertThat(windows.get(windows.size() - 1).until()).isEqualTo(cancellation.start());
        for (int i = 1; i < windows.size(); i++) {
            assertThat(windows.get(i).until()).isAfter(windows.get(i - 1).until());
            assertThat(windows.get(i).percent()).isLessThan(windows.get(i - 1).percent());
        }
        assertThat(windows.stream().filter(window -> !window.until().isBefore(cancellation.at())).findFirst()
                .map(RefundWindow::percent).orElse(0)).isEqualTo(percent);
    }

    static Stream<Arguments> cancellations() {
        return SeededCases.cases(1_300_013L, 300, RefundCalculatorTest::cancellation);
    }

    /** Valid terms with up to four tiers, an amount, and two cancellation instants around the deadlines. */
    private static Cancellation cancellation(Generator random) {
        int freeMinutes = random.oneOf(0, 60, 1440, 2880, random.between(0, 14 * 1440));
        TreeSet<Integer> notices = new TreeSet<>();
        int tierCount = freeMinutes == 0 ? 0 : random.between(0, Math.min(4, freeMinutes));
        while (notices.size() < tierCount) {
            notices.add(random.between(0, freeMinutes - 1));
        }
        List<Integer> percents = new ArrayList<>(random.listOf(tierCount, tierCount, () -> random.between(0, 99)));
        percents.sort(java.util.Comparator.reverseOrder());
        List<RefundTier> tiers = new ArrayList<>();
        List<Integer> mostNoticeFirst = new ArrayList<>(notices.descendingSet());
        for (int i = 0; i < tierCount; i++) {
            tiers.add(new RefundTier(Duration.ofMinutes(mostNoticeFirst.get(i)), percents.get(i)));
        }
        CancellationTerms terms = new CancellationTerms("Generated", Duration.ofMinutes(freeMinutes), tiers,
                Duration.ofMinutes(random.between(0, 1440)), random.between(0, 20));
        long paid = random.oneOf(0L, 1L, 99L, (long) random.between(0, Integer.MAX_VALUE - 1),
                Long.MAX_VALUE - random.between(0, 1000));
        Instant start = START.plusSeconds(random.between(0, 365 * 86_400));
        Instant at = start.minusSeconds(random.between(-3600, (freeMinutes + 120) * 60));
        Instant later = at.plusSeconds(random.oneOf(1, 60, random.between(0, (freeMinutes + 60) * 60)));
        return new Cancellation(terms, new Money(paid, Currency.getInstance(random.oneOf("EUR", "JPY", "KWD"))),
                start, at, later);
    }

    /** A client's cancellation at {@code at}, and a second one no earlier, of the same booking. */
    record Cancellation(CancellationTerms terms, Money paid, Instant start, Instant at, Instant later) {
    }

    private static Money clientRefund(Money paid, Instant at, Instant start) {
        return RefundCalculator.refund(paid, CancellationTerms.STANDARD, Canceller.CLIENT, at, start);
    }
}
