package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    @Test
    void showsWeeklyHoursOnTheirWeekdayInTheBuildersZone() {
        Availability availability = availability(List.of(), List.of());

        List<Agenda.Entry> week = Agenda.between(availability, MONDAY, MONDAY.plusDays(6));

        assertThat(week).containsExactly(
                open(MONDAY, "09:00", "12:00"), open(MONDAY, "13:00", "17:00"),
                open(MONDAY.plusDays(2), "10:00", "11:00"));
    }

    @Test
    void anOverrideReplacesTheWeeklyHoursAndAnEmptyOneClosesTheDay() {
        Availability availability = availability(List.of(
                new DateOverride(MONDAY, List.of(new LocalRange(LocalTime.of(15, 0), LocalTime.of(16, 0)))),
                DateOverride.closed(MONDAY.plusDays(2))), List.of());

        assertThat(Agenda.between(availability, MONDAY, MONDAY.plusDays(6)))
                .containsExactly(open(MONDAY, "15:00", "16:00"));
    }

    @Test
    void timeOffIsShownAndCutOutOfTheOpenHours() {
        TimeOff lunchExtended = new TimeOff(at(MONDAY, "11:00").toInstant(), at(MONDAY, "14:00").toInstant());
        TimeOff wednesday = TimeOff.wholeDays(MONDAY.plusDays(2), MONDAY.plusDays(2), NEW_YORK);
        Availability availability = availability(List.of(), List.of(lunchExtended, wednesday));

        assertThat(Agenda.between(availability, MONDAY, MONDAY.plusDays(6))).containsExactly(
                open(MONDAY, "09:00", "11:00"),
                new Agenda.Entry(Agenda.Kind.TIME_OFF, at(MONDAY, "11:00"), at(MONDAY, "14:00")),
                open(MONDAY, "14:00", "17:00"),
                new Agenda.Entry(Agenda.Kind.TIME_OFF, at(MONDAY.plusDays(2), "00:00"),
                        MONDAY.plusDays(3).atStartOfDay(NEW_YORK)));
    }

    @Test
    void timeOffReachingBeyondTheWindowIsClippedToIt() {
        TimeOff fortnight = TimeOff.wholeDays(MONDAY.minusDays(7), MONDAY.plusDays(7), NEW_YORK);
        Availability availability = availability(List.of(), List.of(fortnight));

        assertThat(Agenda.between(availability, MONDAY, MONDAY)).containsExactly(
                new Agenda.Entry(Agenda.Kind.TIME_OFF, MONDAY.atStartOfDay(NEW_YORK),
                        MONDAY.plusDays(1).atStartOfDay(NEW_YORK)));
    }

    @Test
    void hoursKeepTheirWallClockTimeAcrossTheSpringForwardChange() {
        LocalDate beforeChange = LocalDate.of(2026, 3, 2);
        LocalDate afterChange = LocalDate.of(2026, 3, 9);
        Availability availability = availability(List.of(), List.of());

        List<Agenda.Entry> entries = Agenda.between(availability, beforeChange, afterChange);

        assertThat(entries.get(0).start().toOffsetDateTime().toString()).isEqualTo("2026-03-02T09:00-05:00");
        assertThat(entries.get(entries.size() - 2).start().toOffsetDateTime().toString())
                .isEqualTo("2026-03-09T09:00-04:00");
    }

    private static Availability availability(List<DateOverride> overrides, List<TimeOff> timeOff) {
        return new Availability(NEW_YORK, List.of(
                new WeeklyRange(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)),
                new WeeklyRange(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklyRange(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))),
                overrides, timeOff);
    }

    private static Agenda.Entry open(LocalDate date, String start, String end) {
        return new Agenda.Entry(Agenda.Kind.OPEN, at(date, start), at(date, end));
    }

    private static ZonedDateTime at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(NEW_YORK);
    }
}
