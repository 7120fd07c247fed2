package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.scheduling.model.BookingStanding;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.testing.Generator;
import com.buildappswith.booking.testing.PropertyTest;
import com.buildappswith.booking.testing.SeededCases;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a viewer may do with a booking, over seeded random bookings, terms, viewers and moments (many of them at the
 * deadlines themselves): the answers never contradict each other or the terms.
 */
class BookingActionsPropertiesTest {

    private static final long SEED = 20_261_130L;
    private static final int CASES = 200;
    private static final Instant START = Instant.parse("2026-12-10T09:00:00Z");

    record Case(ViewerRole viewer, BookingStanding booking, Instant now) {

        BookingActions actions() {
            return BookingActions.of(viewer, booking, now);
        }
    }

    static Stream<Arguments> cases() {
        return SeededCases.cases(SEED, CASES, BookingActionsPropertiesTest::generate);
    }

    private static Case generate(Generator random) {
        int freeHours = random.between(0, 96);
        List<RefundTier> tiers = freeHours > 1 && random.chance(0.5)
                ? List.of(new RefundTier(Duration.ofHours(random.between(0, freeHours - 1)), random.between(0, 99)))
                : List.of();
        CancellationTerms terms = new CancellationTerms("Generated", Duration.ofHours(freeHours), tiers,
                Duration.ofHours(random.between(0, 72)), random.between(0, 3));
        Instant end = START.plus(Duration.ofMinutes(random.oneOf(15, 60, 90)));
        BookingStatus status = random.oneOf(BookingStatus.values());
        Optional<Instant> holdExpiry = status == BookingStatus.HELD || status == BookingStatus.EXPIRED
                ? Optional.of(START.minus(Duration.ofHours(random.between(1, 200)))) : Optional.empty();
        BookingStanding booking = new BookingStanding(status, holdExpiry, START, end, terms,
                random.between(0, terms.maxReschedules()), START);
        Instant now = random.oneOf(terms.rescheduleUntil(START), START, end, holdExpiry.orElse(START))
                .plusSeconds(random.between(-2, 2) * random.oneOf(1, 3600, 86_400));
        return new Case(random.oneOf(ViewerRole.values()), booking, now);
    }

    @PropertyTest
    @MethodSource("cases")
    void anActionIsEitherAllowedOrExplainedNeverBoth(Case given) {
        BookingActions actions = given.actions();

        assertThat(actions.allowed()).filteredOn(actions.notAllowed()::containsKey).isEmpty();
        assertThat(actions.notAllowed().values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @PropertyTest
    @MethodSource("cases")
    void aBookingThatIsOverOffersNothing(Case given) {
        if (!given.booking().statusAt(given.now()).isActive()) {
            assertThat(given.actions().allowed()).isEmpty();
            assertThat(given.actions().notAllowed()).isEmpty();
        }
    }

    @PropertyTest
    @MethodSource("cases")
    void eachRoleIsOfferedOnlyItsOwnActions(Case given) {
        List<BookingAction> ownActions = switch (given.viewer()) {
            case CLIENT -> List.of(BookingAction.PAY, BookingAction.CANCEL, BookingAction.RESCHEDULE);
            case BUILDER -> List.of(BookingAction.CANCEL, BookingAction.RECORD_OUTCOME);
            case ADMIN -> List.of(BookingAction.CANCEL);
        };

        assertThat(given.actions().allowed()).isSubsetOf(ownActions);
        assertThat(given.actions().notAllowed().keySet()).isSubsetOf(ownActions);
    }

    @PropertyTest
    @MethodSource("cases")
    void aMoveIsOfferedOnlyForAPaidSessionWithinTheDeadlineAndTheCount(Case given) {
        BookingStanding booking = given.booking();
        if (given.actions().allowed().contains(BookingAction.RESCHEDULE)) {
            assertThat(booking.statusAt(given.now())).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(given.now()).isBeforeOrEqualTo(booking.terms().rescheduleUntil(booking.start()));
            assertThat(booking.rescheduleCount()).isLessThan(booking.terms().maxReschedules());
        }
    }

    @PropertyTest
    @MethodSource("cases")
    void cancellingAndRecordingTheOutcomeMeetAtTheRightInstants(Case given) {
        BookingStanding booking = given.booking();
        BookingActions actions = given.actions();
        boolean confirmed = booking.statusAt(given.now()) == BookingStatus.CONFIRMED;
        if (given.viewer() == ViewerRole.CLIENT && confirmed) {
            assertThat(actions.allowed().contains(BookingAction.CANCEL))
                    .isEqualTo(given.now().isBefore(booking.start()));
        }
        if (given.viewer() == ViewerRole.BUILDER && confirmed) {
            boolean ended = !given.now().isBefore(booking.end());
            assertThat(actions.allowed().contains(BookingAction.CANCEL)).isEqualTo(!ended);
            assertThat(actions.allowed().contains(BookingAction.RECORD_OUTCOME)).isEqualTo(ended);
        }
    }
}
