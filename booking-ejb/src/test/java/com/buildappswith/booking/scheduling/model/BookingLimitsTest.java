package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingLimitsTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

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

        assertThat(limits.refusalFor(upcoming, NOW)).contains(LimitRefusal.TOO_MANY_WITH_BUILDER);
        assertThat(new BookingLimits(5, 3).refusalFor(upcoming, NOW)).isEmpty();
    }

    @Test
    void aHoldPastItsExpiryNoLongerCounts() {
        UpcomingBooking lapsed = new UpcomingBooking(true, BookingStatus.HELD, NOW);
        UpcomingBooking held = new UpcomingBooking(true, BookingStatus.HELD, NOW.plusSeconds(1));

        assertThat(limits.refusalFor(List.of(confirmed(true), lapsed), NOW)).isEmpty();
        assertThat(limits.refusalFor(List.of(confirmed(true), held), NOW))
                .contains(LimitRefusal.TOO_MANY_WITH_BUILDER);
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

    private static UpcomingBooking confirmed(boolean withBuilder) {
        return new UpcomingBooking(withBuilder, BookingStatus.CONFIRMED, null);
    }
}
