package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a booking whose hold lapsed may have its seat back when its payment arrives late. */
class SeatReclaimTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");
    private static final SlotFinder FINDER = new SlotFinder(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final BusyInterval BOOKING = new BusyInterval(START, START.plus(Duration.ofHours(1)),
            Duration.ofMinutes(10), Duration.ofMinutes(10), true);

    @Test
    void aFreeSeatIsTakenBack() {
        assertThat(FINDER.refusalToKeep(rules(1, OptionalInt.empty()), BERLIN, BOOKING, List.of())).isEmpty();
    }

    @Test
    void anotherBookingInTheWayKeepsIt() {
        BusyInterval otherType = new BusyInterval(START.plus(Duration.ofMinutes(65)), START.plus(Duration.ofHours(2)),
                false);
        assertThat(FINDER.refusalToKeep(rules(1, OptionalInt.empty()), BERLIN, BOOKING, List.of(otherType)))
                .contains(SlotRefusal.TAKEN);
    }

    @Test
    void seatsLeftInTheSameInstanceAreShared() {
        BusyInterval sameInstance = new BusyInterval(START, START.plus(Duration.ofHours(1)), true);
        assertThat(FINDER.refusalToKeep(rules(2, OptionalInt.empty()), BERLIN, BOOKING, List.of(sameInstance)))
                .isEmpty();
        assertThat(FINDER.refusalToKeep(rules(1, OptionalInt.empty()), BERLIN, BOOKING, List.of(sameInstance)))
                .contains(SlotRefusal.TAKEN);
    }

    @Test
    void aDayFullMeanwhileKeepsIt() {
        BusyInterval earlier = new BusyInterval(START.minus(Duration.ofHours(3)), START.minus(Duration.ofHours(2)),
                true);
        assertThat(FINDER.refusalToKeep(rules(1, OptionalInt.of(1)), BERLIN, BOOKING, List.of(earlier)))
                .contains(SlotRefusal.DAY_FULL);
    }

    @Test
    void aSessionThatBegunIsNotTakenBack() {
        assertThat(new SlotFinder(Clock.fixed(START, ZoneOffset.UTC))
                .refusalToKeep(rules(1, OptionalInt.empty()), BERLIN, BOOKING, List.of()))
                .contains(SlotRefusal.IN_PAST);
    }

    private static SlotRules rules(int capacity, OptionalInt maxPerDay) {
        return new SlotRules(Duration.ofHours(1), Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ZERO,
                Duration.ofDays(60), Duration.ofMinutes(30), capacity, maxPerDay);
    }
}
