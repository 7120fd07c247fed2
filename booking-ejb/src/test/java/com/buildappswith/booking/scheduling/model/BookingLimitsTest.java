package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingLimitsTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    /** The session being booked: the next day, 10:00 to 11:00. */
    private static final Instant START = Instant.parse("2026-06-16T10:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(1));

    private final BookingLimits limits = new BookingLimits(5, 2);

    @Test
    void allowsABookingBelowBothLimits() {
        assertThat(limits.refusalFor(4, 1)).isEmpty();
    }

    @Test
    void refusesOnceTheClientHoldsTheOverallLimit() {
        assertThat(limits.refusalFor(5, 0)).contains(LimitRefusal.TOO_MANY_UPCOMING);
    }

    @Test
    void refusesOnceTheClientHoldsTheLimitWithThisBuilder() {
        assertThat(limits.refusalFor(2, 2)).contains(LimitRefusal.TOO_MANY_WITH_BUILDER);
    }

    @Test
    void countsTheUpcomingBookingsWithThisBuilderAmongAllOfTheClients() {
        List<UpcomingBooking> upcoming = List.of(confirmed(true), confirmed(true), confirmed(false));

        assertThat(limits.refusalFor(upcoming, START, END, NOW)).contains(LimitRefusal.TOO_MANY_WITH_BUILDER);
        assertThat(new BookingLimits(5, 3).refusalFor(upcoming, START, END, NOW)).isEmpty();
    }

    @Test
    void aHoldPastItsExpiryNoLongerCounts() {
        UpcomingBooking lapsed = held(NOW);
        UpcomingBooking held = held(NOW.plusSeconds(1));

        assertThat(limits.refusalFor(List.of(confirmed(true), lapsed), START, END, NOW)).isEmpty();
        assertThat(limits.refusalFor(List.of(confirmed(true), held), START, END, NOW))
                .contains(LimitRefusal.TOO_MANY_WITH_BUILDER);
    }

    @Test
    void aClientIsInOneSessionAtATimeWithWhicheverBuilder() {
        UpcomingBooking elsewhereAtHalfPastTen = new UpcomingBooking(START.plus(Duration.ofMinutes(30)),
                END.plus(Duration.ofMinutes(30)), false, BookingStatus.CONFIRMED, null);
        UpcomingBooking elsewhereJustBefore = new UpcomingBooking(START.minus(Duration.ofHours(1)), START, false,
                BookingStatus.CONFIRMED, null);

        assertThat(limits.refusalFor(List.of(elsewhereAtHalfPastTen), START, END, NOW))
                .contains(LimitRefusal.OVERLAPS_OWN_SESSION);
        assertThat(LimitRefusal.OVERLAPS_OWN_SESSION.isUsedUp()).isFalse();
        assertThat(limits.refusalFor(List.of(elsewhereJustBefore), START, END, NOW)).isEmpty();
    }

    @Test
    void aSessionUnderWayStillTakesTheClientsTimeButNoLongerCountsTowardsTheLimits() {
        UpcomingBooking underWay = new UpcomingBooking(NOW.minus(Duration.ofMinutes(30)),
                NOW.plus(Duration.ofMinutes(30)), true, BookingStatus.CONFIRMED, null);

        assertThat(limits.refusalFor(List.of(underWay), NOW.plus(Duration.ofMinutes(15)),
                NOW.plus(Duration.ofMinutes(45)), NOW)).contains(LimitRefusal.OVERLAPS_OWN_SESSION);
        assertThat(limits.refusalFor(List.of(underWay, confirmed(true)), START, END, NOW)).isEmpty();
    }

    @Test
    void explainsEveryRefusal() {
        assertThat(LimitRefusal.TOO_MANY_WITH_BUILDER.message()).startsWith(
                "You already have as many upcoming sessions with this builder as one client may hold");
    }

    @Test
    void keepsTheLimitWithOneBuilderWithinTheOverallLimit() {
        assertThatThrownBy(() -> new BookingLimits(2, 3))
                .hasMessage("The limit with one builder (3) cannot exceed the overall limit (2).");
        assertThatThrownBy(() -> new BookingLimits(2, 0))
                .hasMessage("A client must be allowed at least one upcoming booking.");
    }

    @Test
    void refusesCountsThatCannotBe() {
        assertThatThrownBy(() -> limits.refusalFor(1, 2))
                .hasMessage("Upcoming bookings (1) include those with the builder (2), and neither can be negative.");
    }

    /** A confirmed session some days after the one being booked. */
    private static UpcomingBooking confirmed(boolean withBuilder) {
        Instant later = START.plus(Duration.ofDays(3));
        return new UpcomingBooking(later, later.plus(Duration.ofHours(1)), withBuilder, BookingStatus.CONFIRMED, null);
    }

    private static UpcomingBooking held(Instant holdExpiresAt) {
        Instant later = START.plus(Duration.ofDays(2));
        return new UpcomingBooking(later, later.plus(Duration.ofHours(1)), true, BookingStatus.HELD, holdExpiresAt);
    }
}
