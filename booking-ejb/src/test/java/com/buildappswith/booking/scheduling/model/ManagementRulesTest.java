package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.Canceller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for managing a booking at the instants where they change, with the reasons people read. */
class ManagementRulesTest {

    /** A Thursday; the Standard terms allow moves until 24 hours before, twice. */
    private static final Instant START = Instant.parse("2026-12-03T14:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(1));
    private static final Instant HOLD_EXPIRY = Instant.parse("2026-12-01T10:30:00Z");

    private static BookingStanding confirmed(int timesMoved) {
        return new BookingStanding(BookingStatus.CONFIRMED, Optional.empty(), START, END, CancellationTerms.STANDARD,
                timesMoved, START);
    }

    private static BookingStanding held() {
        return new BookingStanding(BookingStatus.HELD, Optional.of(HOLD_EXPIRY), START, END,
                CancellationTerms.STANDARD, 0, START);
    }

    @Test
    void aClientMayCancelUntilTheStartAndNotFromIt() {
        assertThat(ManagementRules.refusalToCancel(Canceller.CLIENT, confirmed(0), START.minusSeconds(1))).isEmpty();
        assertThat(ManagementRules.refusalToCancel(Canceller.CLIENT, confirmed(0), START))
                .contains("The session started at Thu 3 Dec 2026 14:00 UTC: it can no longer be cancelled.");
    }

    @Test
    void aBuilderMayCancelUntilTheEndThenRecordsTheOutcomeInstead() {
        assertThat(ManagementRules.refusalToCancel(Canceller.BUILDER, confirmed(0), END.minusSeconds(1))).isEmpty();
        assertThat(ManagementRules.refusalToCancel(Canceller.BUILDER, confirmed(0), END))
                .contains("The session ended at Thu 3 Dec 2026 15:00 UTC: record how it went instead.");
        assertThat(ManagementRules.refusalToRecordOutcome(confirmed(0), END.minusSeconds(1)))
                .contains("How it went can be recorded once the session ends at Thu 3 Dec 2026 15:00 UTC.");
        assertThat(ManagementRules.refusalToRecordOutcome(confirmed(0), END)).isEmpty();
    }

    @Test
    void anAdminMayCancelAHoldOrAConfirmedSessionAtAnyTime() {
        assertThat(ManagementRules.refusalToCancel(Canceller.ADMIN, held(), HOLD_EXPIRY.minusSeconds(1))).isEmpty();
        assertThat(ManagementRules.refusalToCancel(Canceller.ADMIN, confirmed(0), END.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aClientMayLetALiveHoldGoButNotOneThatLapsed() {
        assertThat(ManagementRules.refusalToCancel(Canceller.CLIENT, held(), HOLD_EXPIRY.minusSeconds(1))).isEmpty();
        assertThat(ManagementRules.canPay(held(), HOLD_EXPIRY.minusSeconds(1))).isTrue();
        assertThat(ManagementRules.refusalToCancel(Canceller.CLIENT, held(), HOLD_EXPIRY))
                .contains("The hold on this slot lapsed before it was paid.");
        assertThat(ManagementRules.canPay(held(), HOLD_EXPIRY)).isFalse();
    }

    @Test
    void movingIsPossibleUpToTheDeadlineInstantItself() {
        Instant deadline = CancellationTerms.STANDARD.rescheduleUntil(START);

        assertThat(ManagementRules.refusalToReschedule(confirmed(0), deadline)).isEmpty();
        assertThat(ManagementRules.refusalToReschedule(confirmed(0), deadline.plusSeconds(1)))
                .contains("Moving is possible until Wed 2 Dec 2026 14:00 UTC; that has passed.");
    }

    @Test
    void movingStopsAtTheTermsMaximum() {
        Instant early = START.minus(Duration.ofDays(7));

        assertThat(ManagementRules.refusalToReschedule(confirmed(1), early)).isEmpty();
        assertThat(ManagementRules.refusalToReschedule(confirmed(2), early))
                .contains("It was moved 2 times already, the most its terms allow.");
        CancellationTerms never = new CancellationTerms("Fixed", Duration.ZERO, List.of(), Duration.ZERO, 0);
        assertThat(ManagementRules.refusalToReschedule(new BookingStanding(BookingStatus.CONFIRMED, Optional.empty(),
                START, END, never, 0, START), early)).contains("The terms of this booking do not allow moving it.");
    }

    @Test
    void aHoldIsPaidBeforeItMovesAndHasNoOutcome() {
        Instant live = HOLD_EXPIRY.minusSeconds(60);

        assertThat(ManagementRules.refusalToReschedule(held(), live))
                .contains("A session can be moved once it is paid.");
        assertThat(ManagementRules.refusalToRecordOutcome(held(), live))
                .contains("The client has not paid for this session.");
        assertThat(ManagementRules.refusalToCancel(Canceller.BUILDER, held(), live))
                .contains("The client has not paid for this session yet; the hold lapses at Tue 1 Dec 2026 10:30 UTC.");
    }

    @ParameterizedTest
    @EnumSource(names = {"CANCELLED_BY_CLIENT", "CANCELLED_BY_BUILDER", "COMPLETED", "NO_SHOW", "EXPIRED"})
    void aBookingThatIsOverAllowsNothing(BookingStatus status) {
        BookingStanding over = new BookingStanding(status, Optional.empty(), START, END, CancellationTerms.STANDARD,
                0, START);
        Instant early = START.minus(Duration.ofDays(7));

        for (Canceller canceller : Canceller.values()) {
            assertThat(ManagementRules.refusalToCancel(canceller, over, early)).isPresent();
        }
        assertThat(ManagementRules.refusalToReschedule(over, early)).isPresent();
        assertThat(ManagementRules.refusalToRecordOutcome(over, END)).isPresent();
        assertThat(ManagementRules.canPay(over, early)).isFalse();
    }
}
