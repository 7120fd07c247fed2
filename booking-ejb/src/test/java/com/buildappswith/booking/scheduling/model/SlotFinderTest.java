package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static com.buildappswith.booking.scheduling.model.TestRules.sessionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SlotFinderTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** Long before every date below, so that notice and horizon stay out of the way unless a test sets them. */
    private static final Instant LONG_AGO = Instant.parse("2025-12-01T00:00:00Z");

    private final SlotFinder finder = finderAt(LONG_AGO);

    @Test
    void aSearchReadsTheBookingsOfTwoMoreDaysOnEitherSideOfTheViewersDates() {
        TimeWindow window = SlotFinder.searchWindow(LocalDate.parse("2026-06-15"), LocalDate.parse("2026-06-21"),
                KOLKATA);

        assertThat(window.from()).isEqualTo(Instant.parse("2026-06-12T18:30:00Z"));
        assertThat(window.until()).isEqualTo(Instant.parse("2026-06-23T18:30:00Z"));
    }

    @Nested
    class AcrossTimezones {

        @Test
        void skipsStartsInsideTheSpringForwardGap() {
            List<Slot> slots = slotsOn(daily(NEW_YORK, "00:00", "05:00"), sessionOf(30), date("2026-03-08"));

            assertThat(wallClockStarts(slots, NEW_YORK)).containsExactly(times("00:00", "00:30", "01:00", "01:30",
                    "03:00", "03:30", "04:00", "04:30"));
            assertThat(slots).extracting(Slot::start).containsExactly(instants("05:00", "05:30", "06:00", "06:30",
                    "07:00", "07:30", "08:00", "08:30").on("2026-03-08"));
        }

        @Test
        void offersBothOccurrencesOfTheStartsInTheFallBackOverlap() {
            List<Slot> slots = slotsOn(daily(NEW_YORK, "00:00", "03:00"), sessionOf(30), date("2026-11-01"));

            // 01:00 and 01:30 happen twice, first in daylight-saving time, then in standard time: four real hours.
            assertThat(slots).extracting(Slot::start).containsExactly(instants("04:00", "04:30", "05:00", "05:30",
                    "06:00", "06:30", "07:00", "07:30").on("2026-11-01"));
        }

        @Test
        void theFallBackNightsHoursFromOneToThreeLastThreeRealHours() {
            List<Slot> slots = slotsOn(daily(NEW_YORK, "01:00", "03:00"), sessionOf(30), date("2026-11-01"));

            assertThat(slots).extracting(Slot::start).containsExactly(instants("05:00", "05:30", "06:00", "06:30",
                    "07:00", "07:30").on("2026-11-01"));
            assertThat(slots).extracting(slot -> slot.startIn(NEW_YORK).getOffset().toString())
                    .containsExactly("-04:00", "-04:00", "-05:00", "-05:00", "-05:00", "-05:00");
        }

        @Test
        void hoursBeginningInsideTheSpringForwardGapBeginWhenTheClockJumps() {
            Availability fromHalfPastTwo = daily(NEW_YORK, "02:30", "05:00");

            List<Slot> slots = slotsOn(fromHalfPastTwo, sessionOf(30), date("2026-03-08"));

            assertThat(slots).extracting(Slot::start).first().isEqualTo(instant("2026-03-08T07:00:00Z"));
            assertThat(Agenda.between(fromHalfPastTwo, date("2026-03-08"), date("2026-03-08")))
                    .singleElement().extracting(entry -> entry.start().toInstant())
                    .isEqualTo(instant("2026-03-08T07:00:00Z"));
        }

        @Test
        void keepsWeeklyHoursAtTheSameWallClockTimeWhenNewYorkChangesClocks() {
            Availability sundayMornings = weekly(NEW_YORK, DayOfWeek.SUNDAY, "09:00", "10:00");

            assertThat(finder.freeSlots(sessionOf(60).build(), sundayMornings, List.of(), date("2026-03-01"),
                    date("2026-03-08"), UTC)).extracting(Slot::start)
                    .containsExactly(instant("2026-03-01T14:00:00Z"), instant("2026-03-08T13:00:00Z"));
            assertThat(finder.freeSlots(sessionOf(60).build(), sundayMornings, List.of(), date("2026-10-25"),
                    date("2026-11-01"), UTC)).extracting(Slot::start)
                    .containsExactly(instant("2026-10-25T13:00:00Z"), instant("2026-11-01T14:00:00Z"));
        }

        @Test
        void aSessionAcrossTheGapLastsItsRealDuration() {
            List<Slot> slots = slotsOn(daily(NEW_YORK, "01:00", "04:00"), sessionOf(60), date("2026-03-08"));

            assertThat(slots).extracting(Slot::start).containsExactly(instants("06:00", "07:00").on("2026-03-08"));
            assertThat(slots.get(0).startIn(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(1, 0));
            assertThat(slots.get(0).endIn(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        }

        @Test
        void hoursEndingInsideTheGapEndWhenTheClockJumps() {
            List<Slot> slots = slotsOn(daily(NEW_YORK, "01:00", "02:30"), sessionOf(60).every(30),
                    date("2026-03-08"));

            assertThat(slots).extracting(Slot::start).containsExactly(instant("2026-03-08T06:00:00Z"));
        }

        @Test
        void skipsTheLondonHourThatDoesNotExistInMarch() {
            List<Slot> slots = slotsOn(daily(LONDON, "00:00", "03:00"), sessionOf(30), date("2026-03-29"));

            assertThat(wallClockStarts(slots, LONDON)).containsExactly(times("00:00", "00:30", "02:00", "02:30"));
            assertThat(slots).extracting(Slot::start).containsExactly(instants("00:00", "00:30", "01:00", "01:30")
                    .on("2026-03-29"));
        }

        @Test
        void offersTheRepeatedLondonHourTwiceInOctober() {
            List<Slot> slots = slotsOn(daily(LONDON, "00:00", "03:00"), sessionOf(30), date("2026-10-25"));

            assertThat(slots).extracting(Slot::start).containsExactly(instant("2026-10-24T23:00:00Z"),
                    instant("2026-10-24T23:30:00Z"), instant("2026-10-25T00:00:00Z"), instant("2026-10-25T00:30:00Z"),
                    instant("2026-10-25T01:00:00Z"), instant("2026-10-25T01:30:00Z"), instant("2026-10-25T02:00:00Z"),
                    instant("2026-10-25T02:30:00Z"));
        }

        @Test
        void skipsTheHalfHourLordHoweJumpsOverInOctober() {
            List<Slot> slots = slotsOn(daily(LORD_HOWE, "01:00", "03:00"), sessionOf(15), date("2026-10-04"));

            assertThat(wallClockStarts(slots, LORD_HOWE)).containsExactly(times("01:00", "01:15", "01:30", "01:45",
                    "02:30", "02:45"));
            assertThat(slots).extracting(Slot::start).containsExactly(instants("14:30", "14:45", "15:00", "15:15",
                    "15:30", "15:45").on("2026-10-03"));
        }

        @Test
        void offersTheHalfHourLordHoweRepeatsInAprilAtBothOccurrences() {
            List<Slot> slots = slotsOn(daily(LORD_HOWE, "01:00", "03:00"), sessionOf(15), date("2026-04-05"));

            assertThat(slots).extracting(Slot::start).containsExactly(instants("14:00", "14:15", "14:30", "14:45",
                    "15:00", "15:15", "15:30", "15:45", "16:00", "16:15").on("2026-04-04"));
        }

        @Test
        void placesKolkataHoursAtTheirHalfHourOffset() {
            List<Slot> slots = finder.freeSlots(sessionOf(60).build(),
                    weekly(KOLKATA, DayOfWeek.MONDAY, "09:00", "10:00"), List.of(), date("2026-06-15"),
                    date("2026-06-15"), UTC);

            assertThat(slots).extracting(Slot::start).containsExactly(instant("2026-06-15T03:30:00Z"));
        }

        @Test
        void showsTheChathamBuildersMondayOnTheLosAngelesViewersSunday() {
            Availability mondayMornings = weekly(CHATHAM, DayOfWeek.MONDAY, "09:00", "10:00");

            List<Slot> sunday = finder.freeSlots(sessionOf(60).build(), mondayMornings, List.of(),
                    date("2026-06-14"), date("2026-06-14"), LOS_ANGELES);
            List<Slot> monday = finder.freeSlots(sessionOf(60).build(), mondayMornings, List.of(),
                    date("2026-06-15"), date("2026-06-15"), LOS_ANGELES);

            assertThat(sunday).singleElement().satisfies(slot -> {
                assertThat(slot.start()).isEqualTo(instant("2026-06-14T20:15:00Z"));
                assertThat(slot.startIn(LOS_ANGELES).toLocalDateTime())
                        .isEqualTo(LocalDateTime.parse("2026-06-14T13:15"));
                assertThat(slot.startIn(CHATHAM).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-06-15T09:00"));
            });
            assertThat(monday).isEmpty();
        }

        @Test
        void followsChathamFromItsSummerToItsWinterOffset() {
            List<Slot> slots = finder.freeSlots(sessionOf(60).build(),
                    weekly(CHATHAM, DayOfWeek.SUNDAY, "09:00", "10:00"), List.of(), date("2026-03-29"),
                    date("2026-04-05"), CHATHAM);

            assertThat(slots).extracting(Slot::start)
                    .containsExactly(instant("2026-03-28T19:15:00Z"), instant("2026-04-04T20:15:00Z"));
        }

        @Test
        void skipsTheHourChathamJumpsOverInSeptember() {
            List<Slot> slots = slotsOn(daily(CHATHAM, "02:00", "05:00"), sessionOf(60), date("2026-09-27"));

            assertThat(slots).extracting(Slot::start).containsExactly(instants("13:15", "14:15").on("2026-09-26"));
        }

        @Test
        void coversEveryBuilderDateThatTouchesTheViewersDay() {
            List<Slot> slots = finder.freeSlots(sessionOf(60).build(), daily(KOLKATA, "09:00", "17:00"), List.of(),
                    date("2026-06-15"), date("2026-06-15"), NEW_YORK);

            assertThat(slots).extracting(Slot::start).containsExactly(instant("2026-06-15T04:30:00Z"),
                    instant("2026-06-15T05:30:00Z"), instant("2026-06-15T06:30:00Z"), instant("2026-06-15T07:30:00Z"),
                    instant("2026-06-15T08:30:00Z"), instant("2026-06-15T09:30:00Z"), instant("2026-06-15T10:30:00Z"),
                    instant("2026-06-16T03:30:00Z"));
            assertThat(slots).allSatisfy(slot ->
                    assertThat(slot.startIn(NEW_YORK).toLocalDate()).isEqualTo(date("2026-06-15")));
        }
    }

    @Nested
    class ApplyingTheRules {

        @Test
        void aDateOverrideReplacesTheWeeklyHours() {
            Availability availability = new Availability(UTC,
                    List.of(new WeeklyRange(DayOfWeek.MONDAY, time("09:00"), time("12:00"))),
                    List.of(new DateOverride(date("2026-06-15"), List.of(hours("14:00", "15:00")))), List.of());

            List<Slot> slots = finder.freeSlots(sessionOf(60).build(), availability, List.of(), date("2026-06-15"),
                    date("2026-06-22"), UTC);

            assertThat(slots).extracting(Slot::start).containsExactly(instant("2026-06-15T14:00:00Z"),
                    instant("2026-06-22T09:00:00Z"), instant("2026-06-22T10:00:00Z"), instant("2026-06-22T11:00:00Z"));
        }

        @Test
        void anOverrideWithoutHoursClosesTheDay() {
            Availability availability = new Availability(UTC,
                    List.of(new WeeklyRange(DayOfWeek.MONDAY, time("09:00"), time("10:00"))),
                    List.of(DateOverride.closed(date("2026-06-15"))), List.of());

            List<Slot> slots = finder.freeSlots(sessionOf(60).build(), availability, List.of(), date("2026-06-15"),
                    date("2026-06-22"), UTC);

            assertThat(slots).extracting(Slot::start).containsExactly(instant("2026-06-22T09:00:00Z"));
        }

        @Test
        void timeOffRemovesEverySessionItTouches() {
            Availability availability = new Availability(UTC, everyDay("09:00", "12:00"), List.of(),
                    List.of(new TimeOff(instant("2026-06-15T10:30:00Z"), instant("2026-06-15T11:00:00Z"))));

            assertThat(slotsOn(availability, sessionOf(60), date("2026-06-15"))).extracting(Slot::start)
                    .containsExactly(instants("09:00", "11:00").on("2026-06-15"));
        }

        @Test
        void wholeDaysOffFollowTheBuildersCalendar() {
            Availability availability = new Availability(KOLKATA, everyDay("09:00", "10:00"), List.of(),
                    List.of(TimeOff.wholeDays(date("2026-06-16"), date("2026-06-17"), KOLKATA)));

            List<Slot> slots = finder.freeSlots(sessionOf(60).build(), availability, List.of(), date("2026-06-15"),
                    date("2026-06-18"), KOLKATA);

            assertThat(slots).extracting(slot -> slot.startIn(KOLKATA).toLocalDate())
                    .containsExactly(date("2026-06-15"), date("2026-06-18"));
        }

        @Test
        void buffersOfBothSessionsKeepThemApart() {
            BusyInterval withBuffers = new BusyInterval(instant("2026-06-15T10:00:00Z"),
                    instant("2026-06-15T10:30:00Z"), Duration.ofMinutes(15), Duration.ofMinutes(15), true);
            BusyInterval withoutBuffers = new BusyInterval(instant("2026-06-15T10:00:00Z"),
                    instant("2026-06-15T10:30:00Z"), true);
            SlotRules rules = sessionOf(30).every(15).buffers(15, 15).build();
            Availability availability = daily(UTC, "09:00", "12:00");

            assertThat(finder.freeSlots(rules, availability, List.of(withBuffers), date("2026-06-15"),
                    date("2026-06-15"), UTC)).extracting(Slot::start)
                    .containsExactly(instants("09:00", "11:00", "11:15", "11:30").on("2026-06-15"));
            assertThat(finder.freeSlots(rules, availability, List.of(withoutBuffers), date("2026-06-15"),
                    date("2026-06-15"), UTC)).extracting(Slot::start)
                    .containsExactly(instants("09:00", "09:15", "10:45", "11:00", "11:15", "11:30").on("2026-06-15"));
        }

        @Test
        void offersAGroupSlotWithTheRoomItHasLeft() {
            List<BusyInterval> twoBooked = List.of(sameType("2026-06-15T10:00:00Z", "2026-06-15T11:00:00Z"),
                    sameType("2026-06-15T10:00:00Z", "2026-06-15T11:00:00Z"));

            List<Slot> slots = finder.freeSlots(sessionOf(60).capacity(3).build(), daily(UTC, "09:00", "12:00"),
                    twoBooked, date("2026-06-15"), date("2026-06-15"), UTC);

            assertThat(slots).extracting(Slot::start, Slot::remainingCapacity).containsExactly(
                    tuple(instant("2026-06-15T09:00:00Z"), 3),
                    tuple(instant("2026-06-15T10:00:00Z"), 1),
                    tuple(instant("2026-06-15T11:00:00Z"), 3));
        }

        @Test
        void stopsOfferingAGroupSlotOnceItIsFull() {
            BusyInterval booked = sameType("2026-06-15T10:00:00Z", "2026-06-15T11:00:00Z");

            List<Slot> slots = finder.freeSlots(sessionOf(60).capacity(3).build(), daily(UTC, "09:00", "12:00"),
                    List.of(booked, booked, booked), date("2026-06-15"), date("2026-06-15"), UTC);

            assertThat(slots).extracting(Slot::start).containsExactly(instants("09:00", "11:00").on("2026-06-15"));
        }

        @Test
        void offersAnotherClientOnlyTheGroupSessionAlreadyRunningAndNothingOverlappingIt() {
            // Capacity 3, 60 minutes on a 30-minute grid, 15 minutes kept free after: one client took 10:00.
            SlotRules workshop = sessionOf(60).every(30).buffers(0, 15).capacity(3).build();
            BusyInterval tenOClock = new BusyInterval(instant("2026-06-15T10:00:00Z"), instant("2026-06-15T11:00:00Z"),
                    Duration.ZERO, Duration.ofMinutes(15), true);

            List<Slot> slots = finder.freeSlots(workshop, daily(UTC, "09:00", "13:00"), List.of(tenOClock),
                    date("2026-06-15"), date("2026-06-15"), UTC);

            assertThat(slots).extracting(Slot::start, Slot::remainingCapacity).containsExactly(
                    tuple(instant("2026-06-15T10:00:00Z"), 2),
                    tuple(instant("2026-06-15T11:30:00Z"), 3),
                    tuple(instant("2026-06-15T12:00:00Z"), 3));
        }

        @Test
        void refusesAGroupStartThatOverlapsAnotherInstanceOfTheSameType() {
            SlotRules workshop = sessionOf(60).every(30).buffers(0, 15).capacity(3).build();
            List<BusyInterval> tenOClock = List.of(new BusyInterval(instant("2026-06-15T10:00:00Z"),
                    instant("2026-06-15T11:00:00Z"), Duration.ZERO, Duration.ofMinutes(15), true));
            Availability hours = daily(UTC, "09:00", "13:00");

            assertThat(finder.refusalFor(workshop, hours, tenOClock, instant("2026-06-15T10:30:00Z")))
                    .contains(SlotRefusal.TAKEN);
            assertThat(finder.refusalFor(workshop, hours, tenOClock, instant("2026-06-15T11:00:00Z")))
                    .as("the buffer after the 10:00 session").contains(SlotRefusal.TAKEN);
            assertThat(finder.refusalFor(workshop, hours, tenOClock, instant("2026-06-15T10:00:00Z"))).isEmpty();
        }

        @Test
        void aDailyCapCountsSessionsNotSeats() {
            SlotRules oneWorkshopADay = sessionOf(60).capacity(5).maxPerDay(1).build();
            List<BusyInterval> tenOClock = List.of(sameType("2026-06-15T10:00:00Z", "2026-06-15T11:00:00Z"));
            Availability hours = daily(UTC, "09:00", "17:00");

            assertThat(finder.freeSlots(oneWorkshopADay, hours, tenOClock, date("2026-06-15"), date("2026-06-15"),
                    UTC)).extracting(Slot::start, Slot::remainingCapacity)
                    .containsExactly(tuple(instant("2026-06-15T10:00:00Z"), 4));
            assertThat(finder.refusalFor(oneWorkshopADay, hours, tenOClock, instant("2026-06-15T10:00:00Z")))
                    .isEmpty();
            assertThat(finder.refusalFor(oneWorkshopADay, hours, tenOClock, instant("2026-06-15T14:00:00Z")))
                    .contains(SlotRefusal.DAY_FULL);
        }

        @Test
        void aBookingOfAnotherTypeBlocksAGroupSlotOutright() {
            BusyInterval otherType = new BusyInterval(instant("2026-06-15T10:00:00Z"),
                    instant("2026-06-15T11:00:00Z"), false);

            List<Slot> slots = finder.freeSlots(sessionOf(60).capacity(3).build(), daily(UTC, "09:00", "12:00"),
                    List.of(otherType), date("2026-06-15"), date("2026-06-15"), UTC);

            assertThat(slots).extracting(Slot::start).containsExactly(instants("09:00", "11:00").on("2026-06-15"));
        }

        @Test
        void closesABuilderDayOnceItHasItsDailyCapOfThisType() {
            // Chatham's Monday morning is still Sunday in UTC: the cap counts the builder's own days.
            List<BusyInterval> twoOnMonday = List.of(sameType("2026-06-14T20:15:00Z", "2026-06-14T21:15:00Z"),
                    sameType("2026-06-14T21:15:00Z", "2026-06-14T22:15:00Z"));

            List<Slot> slots = finder.freeSlots(sessionOf(60).maxPerDay(2).build(), daily(CHATHAM, "09:00", "12:00"),
                    twoOnMonday, date("2026-06-15"), date("2026-06-16"), CHATHAM);

            assertThat(slots).extracting(slot -> slot.startIn(CHATHAM).toLocalDateTime()).containsExactly(
                    LocalDateTime.parse("2026-06-16T09:00"), LocalDateTime.parse("2026-06-16T10:00"),
                    LocalDateTime.parse("2026-06-16T11:00"));
        }

        @Test
        void bookingsOfAnotherTypeDoNotCountTowardsTheDailyCap() {
            List<BusyInterval> mixed = List.of(sameType("2026-06-15T09:00:00Z", "2026-06-15T10:00:00Z"),
                    new BusyInterval(instant("2026-06-15T10:00:00Z"), instant("2026-06-15T11:00:00Z"), false));

            List<Slot> slots = finder.freeSlots(sessionOf(60).maxPerDay(2).build(), daily(UTC, "09:00", "12:00"),
                    mixed, date("2026-06-15"), date("2026-06-15"), UTC);

            assertThat(slots).extracting(Slot::start).containsExactly(instant("2026-06-15T11:00:00Z"));
        }

        @Test
        void offersNothingInsideTheMinimumNotice() {
            SlotFinder atEight = finderAt(instant("2026-06-15T08:00:00Z"));

            List<Slot> slots = atEight.freeSlots(sessionOf(60).notice(Duration.ofHours(2)).build(),
                    daily(UTC, "09:00", "12:00"), List.of(), date("2026-06-15"), date("2026-06-15"), UTC);

            assertThat(slots).extracting(Slot::start).containsExactly(instants("10:00", "11:00").on("2026-06-15"));
        }

        @Test
        void offersNothingBeyondTheBookingHorizon() {
            SlotFinder atEight = finderAt(instant("2026-06-15T08:00:00Z"));

            List<Slot> slots = atEight.freeSlots(sessionOf(60).horizon(Duration.ofDays(7)).build(),
                    daily(UTC, "08:00", "09:00"), List.of(), date("2026-06-01"), date("2026-06-30"), UTC);

            assertThat(slots).extracting(Slot::start).first().isEqualTo(instant("2026-06-15T08:00:00Z"));
            assertThat(slots).extracting(Slot::start).last().isEqualTo(instant("2026-06-22T08:00:00Z"));
            assertThat(slots).hasSize(8);
        }

        @Test
        void startsOnTheStepGridFromTheStartOfTheHoursAndEndsInsideThem() {
            List<Slot> slots = slotsOn(daily(UTC, "09:10", "10:30"), sessionOf(20).every(25), date("2026-06-15"));

            assertThat(slots).extracting(Slot::start).containsExactly(instants("09:10", "09:35", "10:00")
                    .on("2026-06-15"));
            assertThat(slots).allSatisfy(slot ->
                    assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Duration.ofMinutes(20)));
        }

        @Test
        void overlappingHoursAreOneStretchWithOneGrid() {
            Availability availability = new Availability(UTC, List.of(
                    new WeeklyRange(DayOfWeek.MONDAY, time("10:00"), time("11:00")),
                    new WeeklyRange(DayOfWeek.MONDAY, time("09:15"), time("10:15")),
                    new WeeklyRange(DayOfWeek.MONDAY, time("09:00"), time("10:30"))), List.of(), List.of());

            List<Slot> slots = slotsOn(availability, sessionOf(30), date("2026-06-15"));

            assertThat(slots).extracting(Slot::start).containsExactly(instants("09:00", "09:30", "10:00", "10:30")
                    .on("2026-06-15"));
        }

        @Test
        void touchingHoursAreOneStretchThatASessionMaySpan() {
            Availability availability = new Availability(UTC, List.of(
                    new WeeklyRange(DayOfWeek.MONDAY, time("09:00"), time("12:00")),
                    new WeeklyRange(DayOfWeek.MONDAY, time("12:00"), time("17:00"))), List.of(), List.of());

            List<Slot> slots = slotsOn(availability, sessionOf(90).every(60), date("2026-06-15"));

            assertThat(slots).extracting(Slot::start).contains(instant("2026-06-15T11:00:00Z"))
                    .last().isEqualTo(instant("2026-06-15T15:00:00Z"));
        }

        @Test
        void hoursMayRunToMidnight() {
            List<Slot> slots = slotsOn(daily(NEW_YORK, "20:00", "00:00"), sessionOf(60), date("2026-06-15"));

            assertThat(wallClockStarts(slots, NEW_YORK)).containsExactly(times("20:00", "21:00", "22:00", "23:00"));
        }

        @Test
        void aSessionMayCrossMidnightWhereTheHoursGoOnIntoTheNextDay() {
            Availability lateNights = new Availability(NEW_YORK, List.of(
                    new WeeklyRange(DayOfWeek.MONDAY, time("20:00"), time("00:00")),
                    new WeeklyRange(DayOfWeek.TUESDAY, time("00:00"), time("01:00"))), List.of(), List.of());
            Instant halfPastEleven = instant("2026-06-16T03:30:00Z");

            List<Slot> slots = slotsOn(lateNights, sessionOf(90).every(30), date("2026-06-15"));

            assertThat(slots).extracting(Slot::start).last().isEqualTo(halfPastEleven);
            assertThat(finder.refusalFor(sessionOf(90).every(30).build(), lateNights, List.of(), halfPastEleven))
                    .isEmpty();
            assertThat(finder.refusalFor(sessionOf(90).every(30).build(),
                    daily(NEW_YORK, "20:00", "00:00"), List.of(), halfPastEleven))
                    .contains(SlotRefusal.OUTSIDE_AVAILABILITY);
        }

        @Test
        void aSessionAcrossMidnightFollowsTheNextDaysClockChange() {
            // New York falls back at 02:00 on Sunday 1 November: 00:00-02:00 that night lasts three real hours.
            Availability saturdayNights = new Availability(NEW_YORK, List.of(
                    new WeeklyRange(DayOfWeek.SATURDAY, time("22:00"), time("00:00")),
                    new WeeklyRange(DayOfWeek.SUNDAY, time("00:00"), time("02:00"))), List.of(), List.of());

            List<Slot> slots = slotsOn(saturdayNights, sessionOf(240).every(60), date("2026-10-31"));

            // Four hours from 23:00 end at 02:00 standard time, only because the night has an hour more.
            assertThat(slots).extracting(Slot::start).containsExactly(instant("2026-11-01T02:00:00Z"),
                    instant("2026-11-01T03:00:00Z"));
        }

        @Test
        void refusesAFirstDayAfterTheLast() {
            assertThatThrownBy(() -> finder.freeSlots(sessionOf(30).build(), daily(UTC, "09:00", "10:00"), List.of(),
                    date("2026-06-16"), date("2026-06-15"), UTC))
                    .hasMessage("The first day must not be after the last: 2026-06-16 > 2026-06-15.");
        }
    }

    @Nested
    class CheckingARequestedStart {

        private final SlotFinder atNoon = finderAt(instant("2026-06-15T12:00:00Z"));
        private final SlotRules rules = sessionOf(30).notice(Duration.ofHours(1)).horizon(Duration.ofDays(30))
                .build();
        private final Availability newYorkMornings = daily(NEW_YORK, "09:00", "12:00");

        @Test
        void acceptsAnOfferedStart() {
            assertThat(atNoon.refusalFor(rules, newYorkMornings, List.of(), instant("2026-06-16T13:00:00Z")))
                    .isEmpty();
        }

        @Test
        void refusesAStartInThePast() {
            assertThat(atNoon.refusalFor(rules, newYorkMornings, List.of(), instant("2026-06-15T11:00:00Z")))
                    .contains(SlotRefusal.IN_PAST);
        }

        @Test
        void refusesAStartInsideTheMinimumNotice() {
            assertThat(atNoon.refusalFor(rules, newYorkMornings, List.of(), instant("2026-06-15T12:30:00Z")))
                    .contains(SlotRefusal.INSIDE_NOTICE);
        }

        @Test
        void refusesAStartBeyondTheHorizon() {
            assertThat(atNoon.refusalFor(rules, newYorkMornings, List.of(), instant("2026-07-20T13:00:00Z")))
                    .contains(SlotRefusal.BEYOND_HORIZON);
        }

        @Test
        void refusesASessionOutsideTheBuildersHours() {
            assertThat(atNoon.refusalFor(rules, newYorkMornings, List.of(), instant("2026-06-16T17:00:00Z")))
                    .contains(SlotRefusal.OUTSIDE_AVAILABILITY);
            // Starts at 11:45 but would run past noon.
            assertThat(atNoon.refusalFor(rules, newYorkMornings, List.of(), instant("2026-06-16T15:45:00Z")))
                    .contains(SlotRefusal.OUTSIDE_AVAILABILITY);
        }

        @Test
        void refusesASessionDuringTimeOff() {
            Availability away = new Availability(NEW_YORK, newYorkMornings.weekly(), List.of(),
                    List.of(TimeOff.wholeDays(date("2026-06-16"), date("2026-06-16"), NEW_YORK)));

            assertThat(atNoon.refusalFor(rules, away, List.of(), instant("2026-06-16T13:00:00Z")))
                    .contains(SlotRefusal.OUTSIDE_AVAILABILITY);
        }

        @Test
        void refusesAStartOffTheStepGrid() {
            assertThat(atNoon.refusalFor(rules, newYorkMornings, List.of(), instant("2026-06-16T13:10:00Z")))
                    .contains(SlotRefusal.OFF_GRID);
        }

        @Test
        void acceptsBothOccurrencesOfARepeatedWallClockTime() {
            SlotFinder inOctober = finderAt(instant("2026-10-20T00:00:00Z"));
            Availability nights = daily(NEW_YORK, "00:00", "03:00");

            assertThat(inOctober.refusalFor(rules, nights, List.of(), instant("2026-11-01T05:30:00Z"))).isEmpty();
            assertThat(inOctober.refusalFor(rules, nights, List.of(), instant("2026-11-01T06:30:00Z"))).isEmpty();
            assertThat(inOctober.refusalFor(rules, nights, List.of(), instant("2026-11-01T06:45:00Z")))
                    .contains(SlotRefusal.OFF_GRID);
        }

        @Test
        void refusesADayThatHasItsDailyCap() {
            SlotRules onePerDay = sessionOf(30).maxPerDay(1).build();
            List<BusyInterval> nineOClock = List.of(sameType("2026-06-16T13:00:00Z", "2026-06-16T13:30:00Z"));

            assertThat(atNoon.refusalFor(onePerDay, newYorkMornings, nineOClock, instant("2026-06-16T14:00:00Z")))
                    .contains(SlotRefusal.DAY_FULL);
        }

        @Test
        void refusesATakenStart() {
            List<BusyInterval> nineOClock = List.of(sameType("2026-06-16T13:00:00Z", "2026-06-16T13:30:00Z"));

            assertThat(atNoon.refusalFor(rules, newYorkMornings, nineOClock, instant("2026-06-16T13:00:00Z")))
                    .contains(SlotRefusal.TAKEN);
        }
    }

    private static SlotFinder finderAt(Instant now) {
        return new SlotFinder(Clock.fixed(now, UTC));
    }

    private List<Slot> slotsOn(Availability availability, TestRules rules, LocalDate builderDate) {
        return finder.freeSlots(rules.build(), availability, List.of(), builderDate, builderDate,
                availability.zone());
    }

    private static Availability daily(ZoneId zone, String start, String end) {
        return new Availability(zone, everyDay(start, end), List.of(), List.of());
    }

    private static Availability weekly(ZoneId zone, DayOfWeek day, String start, String end) {
        return new Availability(zone, List.of(new WeeklyRange(day, time(start), time(end))), List.of(), List.of());
    }

    private static List<WeeklyRange> everyDay(String start, String end) {
        return Arrays.stream(DayOfWeek.values()).map(day -> new WeeklyRange(day, time(start), time(end))).toList();
    }

    private static BusyInterval sameType(String start, String end) {
        return new BusyInterval(instant(start), instant(end), true);
    }

    private static List<LocalTime> wallClockStarts(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(slot -> slot.startIn(zone).toLocalTime()).toList();
    }

    private static LocalRange hours(String start, String end) {
        return new LocalRange(time(start), time(end));
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }

    private static LocalTime[] times(String... texts) {
        return Arrays.stream(texts).map(LocalTime::parse).toArray(LocalTime[]::new);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }

    /** UTC times of day, to be put on one UTC date: {@code instants("09:00", "10:00").on("2026-06-15")}. */
    private static UtcTimes instants(String... utcTimes) {
        return new UtcTimes(utcTimes);
    }

    private record UtcTimes(String... times) {
        Instant[] on(String utcDate) {
            return Arrays.stream(times).map(time -> instant(utcDate + "T" + time + ":00Z")).toArray(Instant[]::new);
        }
    }
}
