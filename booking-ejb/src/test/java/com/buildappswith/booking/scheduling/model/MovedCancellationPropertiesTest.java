package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.policy.application.TermsView;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.policy.model.RefundCalculator;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.policy.model.RefundWindow;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.testing.Generator;
import com.buildappswith.booking.testing.PropertyTest;
import com.buildappswith.booking.testing.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A move must not reset the cancellation clock: over seeded random terms, first starts and sequences of moves made by
 * the booking itself, cancelling a moved booking never gives back more than cancelling it unmoved at the same
 * instant would have, and the terms shown, the refund and the preview's percentage agree.
 */
class MovedCancellationPropertiesTest {

    private static final long SEED = 20_261_201L;
    private static final int CASES = 300;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant BOOKED_AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final Money PAID = new Money(12_345, Currency.getInstance("EUR"));

    /** A booking as made, the moves it then went through (each at its moment), and when the client cancels. */
    record Case(CancellationTerms terms, Instant firstStart, List<Instant> moves, List<Instant> movedAt,
                Instant cancelAt) {
    }

    static Stream<Arguments> cases() {
        return SeededCases.cases(SEED, CASES, MovedCancellationPropertiesTest::generate);
    }

    private static Case generate(Generator random) {
        int freeHours = random.between(0, 96);
        List<RefundTier> tiers = freeHours > 1 && random.chance(0.7)
                ? List.of(new RefundTier(Duration.ofHours(random.between(0, freeHours - 1)), random.between(0, 99)))
                : List.of();
        CancellationTerms terms = new CancellationTerms("Generated", Duration.ofHours(freeHours), tiers,
                Duration.ofHours(random.between(0, 12)), 5);
        Instant firstStart = BOOKED_AT.plus(Duration.ofHours(random.between(2, 240)));
        List<Instant> moves = new ArrayList<>();
        List<Instant> movedAt = new ArrayList<>();
        Instant at = BOOKED_AT;
        int count = random.between(0, 5);
        for (int i = 0; i < count; i++) {
            at = at.plus(Duration.ofMinutes(random.between(1, 600)));
            moves.add(at.plus(Duration.ofHours(random.between(1, 400))));
            movedAt.add(at);
        }
        Instant cancelAt = at.plus(Duration.ofMinutes(random.oneOf(0, 1, 60, 1440, random.between(0, 20_000))));
        return new Case(terms, firstStart, moves, movedAt, cancelAt);
    }

    @PropertyTest
    @MethodSource("cases")
    void noSequenceOfMovesGivesBackMoreThanCancellingUnmovedAtTheSameInstant(Case c) {
        Booking booking = booking(c.terms(), c.firstStart());
        for (int i = 0; i < c.moves().size(); i++) {
            booking.reschedule(c.moves().get(i), "client", c.movedAt().get(i));
        }
        BookingStanding moved = booking.standing();
        Money unmoved = RefundCalculator.refund(PAID, c.terms(), Canceller.CLIENT, c.cancelAt(), c.firstStart());
        Money afterMoves = RefundCalculator.refund(PAID, c.terms(), Canceller.CLIENT, c.cancelAt(),
                moved.cancellationNoticeFrom());

        assertThat(afterMoves.amountMinor()).isLessThanOrEqualTo(unmoved.amountMinor());
        assertThat(moved.cancellationNoticeFrom()).isBeforeOrEqualTo(moved.start()).isBeforeOrEqualTo(
                c.moves().isEmpty() ? c.firstStart() : moved.start());
        assertThat(moved.cancellationNoticeFrom()).isBeforeOrEqualTo(c.firstStart());
    }

    @PropertyTest
    @MethodSource("cases")
    void theTermsShownSayTheRefundTheCancellationGives(Case c) {
        Booking booking = booking(c.terms(), c.firstStart());
        for (int i = 0; i < c.moves().size(); i++) {
            booking.reschedule(c.moves().get(i), "client", c.movedAt().get(i));
        }
        BookingStanding moved = booking.standing();
        TermsView shown = TermsView.of(c.terms(), moved.cancellationNoticeFrom(), moved.start(),
                booking.rescheduleCount());
        int percent = RefundCalculator.percent(c.terms(), Canceller.CLIENT, c.cancelAt(),
                moved.cancellationNoticeFrom());

        int shownPercent = shown.windows().stream().filter(window -> !c.cancelAt().isAfter(window.until()))
                .map(RefundWindow::percent).findFirst().orElse(0);
        if (c.cancelAt().isBefore(moved.start()) && !c.cancelAt().equals(moved.cancellationNoticeFrom())) {
            assertThat(percent).isEqualTo(shownPercent);
        }
        assertThat(shown.windows().get(shown.windows().size() - 1).until()).isEqualTo(moved.start());
        assertThat(shown.rescheduleUntil()).isEqualTo(c.terms().rescheduleUntil(moved.start()));
        assertThat(shown.keepsOriginalDeadlines()).isEqualTo(c.firstStart().isBefore(moved.start()));
    }

    @Test
    void aClientInTheHalfTierWhoMovesTheSessionAWeekOutStillGetsHalfBack() {
        CancellationTerms standard = CancellationTerms.STANDARD;
        Instant start = BOOKED_AT.plus(Duration.ofDays(3));
        Booking booking = booking(standard, start);
        Instant thirtyHoursBefore = start.minus(Duration.ofHours(30));

        booking.reschedule(start.plus(Duration.ofDays(7)), "client", thirtyHoursBefore);

        assertThat(RefundCalculator.percent(standard, Canceller.CLIENT, thirtyHoursBefore.plusSeconds(60),
                booking.standing().cancellationNoticeFrom()))
                .isEqualTo(RefundCalculator.percent(standard, Canceller.CLIENT, thirtyHoursBefore.plusSeconds(60),
                        start))
                .isLessThan(100);
        booking.reschedule(start.minus(Duration.ofHours(2)), "client", thirtyHoursBefore.plusSeconds(120));
        assertThat(booking.standing().cancellationNoticeFrom()).as("moved earlier: the earlier start counts")
                .isEqualTo(start.minus(Duration.ofHours(2)));
    }

    private static Booking booking(CancellationTerms terms, Instant start) {
        Account builderAccount = new Account("builder@example.com", "Builder", BERLIN, BOOKED_AT);
        BuilderProfile builder = new BuilderProfile(builderAccount, "Builds things", "Bio", List.of("java"), BERLIN);
        SessionType free = new SessionType(builder, "Intro call", "", Duration.ofMinutes(30), null);
        Account client = new Account("client@example.com", "Client", BERLIN, BOOKED_AT);
        return new Booking(free, client, start, BERLIN, "Talk", null, BOOKED_AT, HoldLimits.DEFAULT_HOLD,
                new PolicyTerms(1, terms));
    }
}
