package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OccupiedTimeTest {

    private static final Instant START = Instant.parse("2026-06-15T12:00:00Z");
    private static final Instant END = START.plus(Duration.ofMinutes(45));
    private static final long BOOKING = 41;

    @Test
    void keepsTheBuffersThatAppliedWhenItWasBooked() {
        OccupiedTime booked = new OccupiedTime(BOOKING, START, END, START.minus(Duration.ofMinutes(10)),
                END.plus(Duration.ofMinutes(15)), true, BookingStatus.CONFIRMED, null);

        BusyInterval busy = booked.asBusy();

        assertThat(busy.start()).isEqualTo(START);
        assertThat(busy.end()).isEqualTo(END);
        assertThat(busy.bufferBefore()).isEqualTo(Duration.ofMinutes(10));
        assertThat(busy.bufferAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(busy.occupiedFrom()).isEqualTo(booked.occupiedFrom());
        assertThat(busy.occupiedUntil()).isEqualTo(booked.occupiedUntil());
    }

    @Test
    void sharesCapacityOnlyWithItsOwnSessionType() {
        OccupiedTime same = new OccupiedTime(BOOKING, START, END, START, END, true, BookingStatus.CONFIRMED, null);
        OccupiedTime other = new OccupiedTime(BOOKING, START, END, START, END, false, BookingStatus.CONFIRMED, null);

        assertThat(same.asBusy().sameSessionType()).isTrue();
        assertThat(other.asBusy().sameSessionType()).isFalse();
    }

    @Test
    void aHoldStopsOccupyingItsSlotAtItsExpiry() {
        Instant expiry = START.minus(Duration.ofHours(1));
        OccupiedTime held = new OccupiedTime(BOOKING, START, END, START, END, true, BookingStatus.HELD, expiry);

        assertThat(held.occupiesSlotAt(expiry.minusSeconds(1))).isTrue();
        assertThat(held.occupiesSlotAt(expiry)).isFalse();
    }

    @Test
    void onlyAHoldPastItsExpiryIsLapsed() {
        Instant expiry = START.minus(Duration.ofHours(1));
        OccupiedTime held = new OccupiedTime(BOOKING, START, END, START, END, true, BookingStatus.HELD, expiry);
        OccupiedTime confirmed = new OccupiedTime(BOOKING, START, END, START, END, true, BookingStatus.CONFIRMED,
                null);

        assertThat(held.isLapsedHoldAt(expiry.minusSeconds(1))).isFalse();
        assertThat(held.isLapsedHoldAt(expiry)).isTrue();
        assertThat(confirmed.isLapsedHoldAt(END.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void onlyTimesStillHoldingTheirSlotKeepTheSlotEngineAway() {
        Instant expiry = START.minus(Duration.ofHours(1));
        OccupiedTime confirmed = new OccupiedTime(BOOKING, START, END, START, END, true, BookingStatus.CONFIRMED,
                null);
        OccupiedTime lapsed = new OccupiedTime(BOOKING + 1, END, END.plus(Duration.ofMinutes(45)), END,
                END.plus(Duration.ofMinutes(45)), true, BookingStatus.HELD, expiry);

        assertThat(OccupiedTime.busyAt(List.of(confirmed, lapsed), expiry))
                .extracting(BusyInterval::start)
                .containsExactly(START);
    }
    @Test
    void theFirstLapseIsTheEarliestExpiryOfTheHoldsStillHoldingTheirSlot() {
        Instant now = START.minus(Duration.ofHours(3));
        OccupiedTime confirmed = new OccupiedTime(BOOKING, START, END, START, END, true, BookingStatus.CONFIRMED,
                null);
        OccupiedTime lapsed = held(BOOKING + 1, now.minusSeconds(1));
        OccupiedTime later = held(BOOKING + 2, now.plus(Duration.ofMinutes(30)));
        OccupiedTime sooner = held(BOOKING + 3, now.plus(Duration.ofMinutes(10)));

        assertThat(OccupiedTime.firstLapseAfter(List.of(confirmed, lapsed, later, sooner), now))
                .isEqualTo(now.plus(Duration.ofMinutes(10)));
        assertThat(OccupiedTime.firstLapseAfter(List.of(confirmed, lapsed), now)).isEqualTo(Instant.MAX);
    }

    private static OccupiedTime held(long id, Instant expiry) {
        return new OccupiedTime(id, START, END, START, END, true, BookingStatus.HELD, expiry);
    }
}
