package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvailabilityTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.parse("2026-06-15");

    @Test
    void weeklyHoursApplyOnlyOnTheirWeekdayWithinTheirDates() {
        WeeklyRange summerMornings = new WeeklyRange(DayOfWeek.MONDAY, hours("09:00", "12:00"),
                LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-15"));

        assertThat(summerMornings.appliesOn(MONDAY)).isTrue();
        assertThat(summerMornings.appliesOn(MONDAY.plusDays(1))).isFalse();
        assertThat(summerMornings.appliesOn(MONDAY.plusWeeks(1))).isFalse();
        assertThat(summerMornings.appliesOn(MONDAY.minusWeeks(3))).isFalse();
    }

    @Test
    void givesADaysHoursByStart() {
        Availability availability = new Availability(NEW_YORK, List.of(
                new WeeklyRange(DayOfWeek.MONDAY, time("14:00"), time("17:00")),
                new WeeklyRange(DayOfWeek.MONDAY, time("09:00"), time("12:00")),
                new WeeklyRange(DayOfWeek.TUESDAY, time("10:00"), time("11:00"))), List.of(), List.of());

        assertThat(availability.hoursOn(MONDAY)).containsExactly(hours("09:00", "12:00"), hours("14:00", "17:00"));
    }

    @Test
    void overridesForTheSameDateAddUpAndReplaceTheWeeklyHours() {
        Availability availability = new Availability(NEW_YORK,
                List.of(new WeeklyRange(DayOfWeek.MONDAY, time("09:00"), time("12:00"))),
                List.of(new DateOverride(MONDAY, List.of(hours("18:00", "19:00"))),
                        new DateOverride(MONDAY, List.of(hours("07:00", "08:00")))), List.of());

        assertThat(availability.hoursOn(MONDAY)).containsExactly(hours("07:00", "08:00"), hours("18:00", "19:00"));
        assertThat(availability.hoursOn(MONDAY.plusWeeks(1))).containsExactly(hours("09:00", "12:00"));
    }

    @Test
    void joinsOverlappingTimeOff() {
        Instant nine = Instant.parse("2026-06-15T09:00:00Z");
        Availability availability = new Availability(NEW_YORK, List.of(), List.of(), List.of(
                new TimeOff(nine.plus(Duration.ofHours(1)), nine.plus(Duration.ofHours(3))),
                new TimeOff(nine, nine.plus(Duration.ofHours(2))),
                new TimeOff(nine.plus(Duration.ofHours(5)), nine.plus(Duration.ofHours(6)))));

        assertThat(availability.isOffDuring(nine.plus(Duration.ofMinutes(150)), nine.plus(Duration.ofHours(4))))
                .isTrue();
        assertThat(availability.isOffDuring(nine.plus(Duration.ofHours(3)), nine.plus(Duration.ofHours(5))))
                .isFalse();
        assertThat(availability.isOffDuring(nine.minus(Duration.ofHours(1)), nine)).isFalse();
    }

    @Test
    void wholeDaysOffLastAsLongAsTheBuildersDaysDo() {
        TimeOff springForward = TimeOff.wholeDays(LocalDate.parse("2026-03-08"), LocalDate.parse("2026-03-08"),
                NEW_YORK);

        assertThat(springForward.start()).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
        assertThat(Duration.between(springForward.start(), springForward.end())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void rangesStartBeforeTheyEnd() {
        assertThatThrownBy(() -> hours("12:00", "09:00"))
                .hasMessage("A range must start before it ends: 12:00-09:00.");
        assertThatThrownBy(() -> new WeeklyRange(DayOfWeek.MONDAY, hours("09:00", "12:00"), MONDAY,
                MONDAY.minusDays(1)))
                .hasMessage("Weekly hours must be valid from a date on or before their last: 2026-06-15 > 2026-06-14.");
        assertThatThrownBy(() -> TimeOff.wholeDays(MONDAY, MONDAY.minusDays(1), NEW_YORK))
                .hasMessage("Days off must run from a date on or before the last: 2026-06-15 > 2026-06-14.");
    }

    private static LocalRange hours(String start, String end) {
        return new LocalRange(time(start), time(end));
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }
}
