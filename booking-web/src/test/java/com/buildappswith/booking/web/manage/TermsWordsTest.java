package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.policy.application.TermsView;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermsWordsTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** Thursday 5 December 2024, 14:00 in Kolkata. */
    private static final Instant START = Instant.parse("2024-12-05T08:30:00Z");
    /** A week before {@link #START}, while every deadline is still to come. */
    private static final Instant WEEK_BEFORE = START.minus(Duration.ofDays(7));

    @Test
    void theStandardTermsSayEachDeadlineInTheViewersZone() {
        TermsView terms = TermsView.of(CancellationTerms.STANDARD, START, 0);

        assertThat(TermsWords.cancellation(terms, KOLKATA, WEEK_BEFORE)).isEqualTo(
                "Free cancellation until Tuesday 3 December 2024, 14:00 (Asia/Kolkata); "
                        + "50 % refund until Wednesday 4 December 2024, 14:00 (Asia/Kolkata); "
                        + "no refund from then until the start, Thursday 5 December 2024, 14:00 (Asia/Kolkata).");
        assertThat(TermsWords.rescheduling(terms, KOLKATA, WEEK_BEFORE)).isEqualTo(
                "You may move it to another time until Wednesday 4 December 2024, 14:00 (Asia/Kolkata), "
                        + "at most twice (2 left).");
    }

    @Test
    void aBookingMovedLaterKeepsItsFirstDeadlinesAndSaysSo() {
        TermsView terms = TermsView.of(CancellationTerms.STANDARD, START, START.plus(Duration.ofDays(7)), 1);

        assertThat(TermsWords.cancellation(terms, KOLKATA, WEEK_BEFORE)).isEqualTo(
                "Free cancellation until Tuesday 3 December 2024, 14:00 (Asia/Kolkata); "
                        + "50 % refund until Wednesday 4 December 2024, 14:00 (Asia/Kolkata); "
                        + "no refund from then until the start, Thursday 12 December 2024, 14:00 (Asia/Kolkata). "
                        + "Moved bookings keep their original cancellation deadline.");
        assertThat(TermsWords.rescheduling(terms, KOLKATA, WEEK_BEFORE)).isEqualTo(
                "You may move it to another time until Wednesday 11 December 2024, 14:00 (Asia/Kolkata), "
                        + "at most twice (1 left).");
    }

    @Test
    void theSameTermsReadInAnotherZoneAtTheSameInstants() {
        TermsView terms = TermsView.of(CancellationTerms.STANDARD, START, 1);

        assertThat(TermsWords.cancellation(terms, ZoneId.of("America/New_York"), WEEK_BEFORE))
                .startsWith("Free cancellation until Tuesday 3 December 2024, 03:30 (America/New_York)");
        assertThat(TermsWords.rescheduling(terms, KOLKATA, WEEK_BEFORE)).endsWith("at most twice (1 left).");
    }

    @Test
    void termsThatRefundUpToTheStartSayNoMoreAfterIt() {
        CancellationTerms lenient = new CancellationTerms("Lenient", Duration.ofHours(2),
                List.of(new RefundTier(Duration.ZERO, 80)), Duration.ofHours(1), 1);

        String words = TermsWords.summary(TermsView.of(lenient, START, 0), KOLKATA, WEEK_BEFORE);

        assertThat(words).isEqualTo("Cancellation policy Lenient: Free cancellation until Thursday 5 December 2024, "
                + "12:00 (Asia/Kolkata); 80 % refund until Thursday 5 December 2024, 14:00 (Asia/Kolkata); "
                + "no cancellation after the start. You may move it to another time until Thursday 5 December "
                + "2024, 13:00 (Asia/Kolkata), at most once (1 left).");
    }

    @Test
    void aDeadlinePastWhenReadIsSaidAsEndedAndTheRestAsToCome() {
        TermsView terms = TermsView.of(CancellationTerms.STANDARD, START, 0);
        Instant aDayAndAHalfBefore = START.minus(Duration.ofHours(36));

        assertThat(TermsWords.cancellation(terms, KOLKATA, aDayAndAHalfBefore)).isEqualTo(
                "Free cancellation ended Tuesday 3 December 2024, 14:00 (Asia/Kolkata); "
                        + "50 % refund until Wednesday 4 December 2024, 14:00 (Asia/Kolkata); "
                        + "no refund from then until the start, Thursday 5 December 2024, 14:00 (Asia/Kolkata).");
        assertThat(TermsWords.rescheduling(terms, KOLKATA, aDayAndAHalfBefore)).isEqualTo(
                "You may move it to another time until Wednesday 4 December 2024, 14:00 (Asia/Kolkata), "
                        + "at most twice (2 left).");
    }

    @Test
    void onceMovesEndedTheTermsSaySoInsteadOfOfferingThem() {
        TermsView terms = TermsView.of(CancellationTerms.STANDARD, START, 0);
        Instant twoHoursBefore = START.minus(Duration.ofHours(2));

        assertThat(TermsWords.cancellation(terms, KOLKATA, twoHoursBefore)).isEqualTo(
                "Free cancellation ended Tuesday 3 December 2024, 14:00 (Asia/Kolkata); "
                        + "50 % refund ended Wednesday 4 December 2024, 14:00 (Asia/Kolkata); "
                        + "no refund from then until the start, Thursday 5 December 2024, 14:00 (Asia/Kolkata).");
        assertThat(TermsWords.rescheduling(terms, KOLKATA, twoHoursBefore)).isEqualTo(
                "It can no longer be moved to another time: moves ended Wednesday 4 December 2024, 14:00 "
                        + "(Asia/Kolkata).");
    }

    @Test
    void aDeadlineStillHoldsAtItsOwnInstant() {
        TermsView terms = TermsView.of(CancellationTerms.STANDARD, START, 0);
        Instant freeUntil = CancellationTerms.STANDARD.freeCancellationUntil(START);
        Instant movesUntil = CancellationTerms.STANDARD.rescheduleUntil(START);

        assertThat(TermsWords.cancellation(terms, KOLKATA, freeUntil)).startsWith("Free cancellation until ");
        assertThat(TermsWords.cancellation(terms, KOLKATA, freeUntil.plusMillis(1)))
                .startsWith("Free cancellation ended ");
        assertThat(TermsWords.rescheduling(terms, KOLKATA, movesUntil)).startsWith("You may move it");
        assertThat(TermsWords.rescheduling(terms, KOLKATA, movesUntil.plusMillis(1))).startsWith("It can no longer");
    }

    @Test
    void aRecordListsEachWindowAsTheSentenceSaysItThenTheMoves() {
        TermsView terms = TermsView.of(CancellationTerms.STANDARD, START, 0);
        Instant aDayAndAHalfBefore = START.minus(Duration.ofHours(36));

        assertThat(TermsWords.lines(terms, KOLKATA, aDayAndAHalfBefore, BookingStatus.CONFIRMED)).containsExactly(
                "Free cancellation ended Tuesday 3 December 2024, 14:00 (Asia/Kolkata)",
                "50 % refund until Wednesday 4 December 2024, 14:00 (Asia/Kolkata)",
                "No refund from then until the start, Thursday 5 December 2024, 14:00 (Asia/Kolkata)",
                "You may move it to another time until Wednesday 4 December 2024, 14:00 (Asia/Kolkata), "
                        + "at most twice (2 left).");
    }

    @Test
    void aRecordOfABookingMovedLaterSaysItKeptItsFirstDeadlinesBeforeTheMoves() {
        TermsView terms = TermsView.of(CancellationTerms.STANDARD, START, START.plus(Duration.ofDays(7)), 1);

        assertThat(TermsWords.lines(terms, KOLKATA, WEEK_BEFORE, BookingStatus.CANCELLED_BY_CLIENT)).endsWith(
                "Moved bookings keep their original cancellation deadline.",
                "The terms allowed moving it to another time until Wednesday 11 December 2024, 14:00 "
                        + "(Asia/Kolkata), at most twice.");
    }

    @Test
    void aBookingNoLongerUnderWayIsToldWhatItsTermsAllowedNotOfferedMoves() {
        TermsView terms = TermsView.of(CancellationTerms.STANDARD, START, 0);
        CancellationTerms fixed = new CancellationTerms("Fixed", Duration.ofHours(24), List.of(), Duration.ZERO, 0);

        assertThat(TermsWords.rescheduling(terms, KOLKATA, WEEK_BEFORE, BookingStatus.CONFIRMED))
                .isEqualTo(TermsWords.rescheduling(terms, KOLKATA, WEEK_BEFORE));
        for (BookingStatus over : List.of(BookingStatus.CANCELLED_BY_CLIENT, BookingStatus.CANCELLED_BY_BUILDER,
                BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.EXPIRED)) {
            assertThat(TermsWords.rescheduling(terms, KOLKATA, WEEK_BEFORE, over)).isEqualTo(
                    "The terms allowed moving it to another time until Wednesday 4 December 2024, 14:00 "
                            + "(Asia/Kolkata), at most twice.");
            assertThat(TermsWords.rescheduling(TermsView.of(fixed, START, 0), KOLKATA, WEEK_BEFORE, over))
                    .isEqualTo("The terms did not allow moving it to another time.");
        }
    }

    @Test
    void termsWithoutMovesSaySo() {
        CancellationTerms fixed = new CancellationTerms("Fixed", Duration.ofHours(24), List.of(), Duration.ZERO, 0);

        assertThat(TermsWords.rescheduling(TermsView.of(fixed, START, 0), KOLKATA, WEEK_BEFORE))
                .isEqualTo("This booking cannot be moved to another time.");
    }
}
