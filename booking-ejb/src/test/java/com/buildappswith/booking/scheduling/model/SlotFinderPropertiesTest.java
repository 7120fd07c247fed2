package com.buildappswith.booking.scheduling.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the slot finder over generated calendars, around the daylight-saving changes of zones with odd
 * offsets and changes at midnight. Each check restates a rule in the plainest terms rather than repeating how the
 * finder computes it.
 */
class SlotFinderPropertiesTest {

    private static final List<ZoneId> ZONES = List.of("UTC", "America/New_York", "America/Los_Angeles",
            "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham",
            "America/St_Johns", "America/Santiago", "America/Havana", "Australia/Adelaide").stream()
            .map(ZoneId::of).toList();

    /** A few days before the 2026 changes of the zones above, so the generated weeks run across them. */
    private static final List<LocalDate> ANCHORS = List.of("2026-03-05", "2026-03-26", "2026-04-02", "2026-06-15",
            "2026-09-03", "2026-09-24", "2026-10-01", "2026-10-22", "2026-10-29").stream()
            .map(LocalDate::parse).toList();

    @Property(tries = 300)
    void noSlotMeetsABusyIntervalWhenCapacityIsOne(@ForAll("oneToOne") Scenario scenario) {
        SlotRules rules = scenario.rules();
        for (Slot slot : scenario.slots()) {
            Instant from = slot.start().minus(rules.bufferBefore());
            Instant until = slot.end().plus(rules.bufferAfter());
            assertThat(scenario.busy()).noneMatch(busy ->
                    busy.occupiedFrom().isBefore(until) && from.isBefore(busy.occupiedUntil()));
        }
    }

    @Property(tries = 300)
    void everySlotLiesInsideItsDaysHoursOnTheirStepGrid(@ForAll("oneToOne") Scenario scenario) {
        ZoneId zone = scenario.builderZone();
        for (Slot slot : scenario.slots()) {
            ZonedDateTime start = slot.startIn(zone);
            ZonedDateTime lastMoment = slot.end().minusNanos(1).atZone(zone);
            LocalDate day = start.toLocalDate();

            assertThat(start.withEarlierOffsetAtOverlap().toInstant()).isEqualTo(slot.start());
            assertThat(lastMoment.toLocalDate()).isEqualTo(day);
            assertThat(scenario.hoursOn(day)).anySatisfy(hours -> {
                assertThat(start.toLocalTime()).isAfterOrEqualTo(hours.start());
                assertThat(lastMoment.toLocalTime()).isBefore(hours.end());
                assertThat(Duration.between(hours.start(), start.toLocalTime()).toNanos()
                        % scenario.rules().step().toNanos()).isZero();
            });
        }
    }

    @Property(tries = 300)
    void noSlotTouchesTimeOff(@ForAll("oneToOne") Scenario scenario) {
        for (Slot slot : scenario.slots()) {
            assertThat(scenario.timeOff()).noneMatch(off ->
                    off.start().isBefore(slot.end()) && slot.start().isBefore(off.end()));
        }
    }

    @Property(tries = 300)
    void everySlotStartsBetweenTheNoticeAndTheHorizon(@ForAll("oneToOne") Scenario scenario) {
        Instant earliest = scenario.now().plus(scenario.rules().minimumNotice());
        Instant latest = scenario.now().plus(scenario.rules().horizon());

        assertThat(scenario.slots()).allSatisfy(slot ->
                assertThat(slot.start()).isAfterOrEqualTo(earliest).isBeforeOrEqualTo(latest));
    }

    @Property(tries = 300)
    void slotsStartOnTheViewersDatesSortedAndDistinct(@ForAll("oneToOne") Scenario scenario) {
        List<Slot> slots = scenario.slots();
        Statistics.label("offers slots").collect(!slots.isEmpty())
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 50));

        assertThat(slots).extracting(Slot::start).isSortedAccordingTo(Instant::compareTo).doesNotHaveDuplicates();
        assertThat(slots).allSatisfy(slot -> assertThat(slot.startIn(scenario.viewerZone()).toLocalDate())
                .isBetween(scenario.from(), scenario.to()));
    }

    @Property(tries = 300)
    void everySlotLastsExactlyTheSession(@ForAll("oneToOne") Scenario scenario) {
        assertThat(scenario.slots()).allSatisfy(slot ->
                assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(scenario.rules().duration()));
    }

    @Property(tries = 300)
    void leavesTheRoomTheBusiestMomentLeaves(@ForAll("shared") Scenario scenario) {
        SlotRules rules = scenario.rules();
        for (Slot slot : scenario.slots()) {
            Instant from = slot.start().minus(rules.bufferBefore());
            Instant until = slot.end().plus(rules.bufferAfter());
            List<BusyInterval> meeting = scenario.busy().stream()
                    .filter(busy -> busy.occupiedFrom().isBefore(until) && from.isBefore(busy.occupiedUntil()))
                    .toList();
            // The number of bookings held can only rise where one starts, so these moments include the busiest.
            long busiest = meeting.stream()
                    .map(BusyInterval::occupiedFrom)
                    .filter(from::isBefore)
                    .map(moment -> heldAt(meeting, moment))
                    .reduce(heldAt(meeting, from), Math::max);

            assertThat(meeting).allMatch(BusyInterval::sameSessionType);
            assertThat(slot.remainingCapacity()).isEqualTo(rules.capacity() - busiest);
        }
    }

    @Property(tries = 100)
    void acceptsExactlyTheStartsItOffers(@ForAll("oneViewerDay") Scenario scenario) {
        SlotFinder finder = new SlotFinder(Clock.fixed(scenario.now(), ZoneOffset.UTC));
        Availability availability = scenario.availability();
        Set<Instant> offered = new HashSet<>(scenario.slots().stream().map(Slot::start).toList());
        Instant first = scenario.from().atStartOfDay(scenario.viewerZone()).toInstant();
        Instant end = scenario.to().plusDays(1).atStartOfDay(scenario.viewerZone()).toInstant();

        for (Instant start = first; start.isBefore(end); start = start.plus(1, ChronoUnit.MINUTES)) {
            Optional<SlotRefusal> refusal = finder.refusalFor(scenario.rules(), availability, scenario.busy(), start);
            assertThat(refusal.isEmpty()).as("accepted %s", start).isEqualTo(offered.contains(start));
        }
    }

    @Property(tries = 100)
    void theBookingsOutsideTheDecidingWindowNeverChangeTheAnswer(@ForAll("oneViewerDay") Scenario scenario) {
        SlotFinder finder = new SlotFinder(Clock.fixed(scenario.now(), ZoneOffset.UTC));
        Availability availability = scenario.availability();
        Instant first = scenario.from().atStartOfDay(scenario.viewerZone()).toInstant();
        Instant end = scenario.to().plusDays(1).atStartOfDay(scenario.viewerZone()).toInstant();

        for (Instant start = first; start.isBefore(end); start = start.plus(5, ChronoUnit.MINUTES)) {
            TimeWindow window = SlotFinder.decidingWindow(scenario.rules(), scenario.builderZone(), start);
            List<BusyInterval> inWindow = scenario.busy().stream().filter(window::meets).toList();

            assertThat(finder.refusalFor(scenario.rules(), availability, inWindow, start)).as("answer for %s", start)
                    .isEqualTo(finder.refusalFor(scenario.rules(), availability, scenario.busy(), start));
        }
    }

    @Provide
    Arbitrary<Scenario> oneToOne() {
        return scenarios(Arbitraries.just(1), severalViewerDays());
    }

    @Provide
    Arbitrary<Scenario> shared() {
        return scenarios(Arbitraries.integers().between(1, 4), severalViewerDays());
    }

    @Provide
    Arbitrary<Scenario> oneViewerDay() {
        return scenarios(Arbitraries.integers().between(1, 3), Arbitraries.just(0));
    }

    /** Up to ten days after the first, evenly: jqwik's default leans towards small numbers. */
    private static Arbitrary<Integer> severalViewerDays() {
        return Arbitraries.integers().between(0, 9).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Scenario> scenarios(Arbitrary<Integer> capacities, Arbitrary<Integer> extraViewerDays) {
        return Arbitraries.of(ANCHORS).flatMap(anchor -> Combinators.combine(
                        rules(capacities), Arbitraries.of(ZONES), Arbitraries.of(ZONES),
                        weekly(anchor), overrides(anchor), timeOff(anchor), busy(anchor),
                        viewing(anchor, extraViewerDays))
                .as((rules, builderZone, viewerZone, weekly, overrides, timeOff, busy, viewing) -> new Scenario(
                        viewing.now(), rules, builderZone, weekly, overrides, timeOff, busy, viewing.from(),
                        viewing.to(), viewerZone)));
    }

    private static Arbitrary<SlotRules> rules(Arbitrary<Integer> capacities) {
        return Combinators.combine(
                        Arbitraries.of(15, 20, 25, 30, 45, 50, 60, 90, 120).map(Duration::ofMinutes),
                        Arbitraries.of(5, 10, 15, 20, 25, 30, 45, 60).map(Duration::ofMinutes),
                        Arbitraries.of(0, 5, 10, 15, 30).map(Duration::ofMinutes),
                        Arbitraries.of(0, 5, 10, 15, 30).map(Duration::ofMinutes),
                        Arbitraries.of(0, 0, 15, 60, 120, 24 * 60).map(Duration::ofMinutes),
                        Arbitraries.integers().between(1, 30).map(Duration::ofDays),
                        capacities,
                        Arbitraries.oneOf(Arbitraries.just(OptionalInt.empty()),
                                Arbitraries.integers().between(1, 3).map(OptionalInt::of)))
                .as((duration, step, before, after, notice, horizon, capacity, maxPerDay) -> new SlotRules(duration,
                        before, after, notice, horizon, step, capacity, maxPerDay));
    }

    private static Arbitrary<List<WeeklyRange>> weekly(LocalDate anchor) {
        Arbitrary<LocalDate> validFrom = Arbitraries.integers().between(-3, 9).map(anchor::plusDays).injectNull(0.6);
        Arbitrary<Integer> daysValid = Arbitraries.integers().between(0, 9).injectNull(0.6);
        return Combinators.combine(Arbitraries.of(DayOfWeek.class), localRanges(), validFrom, daysValid)
                .as((day, hours, from, days) -> new WeeklyRange(day, hours, from,
                        days == null ? null : (from == null ? anchor : from).plusDays(days)))
                .list().ofMinSize(2).ofMaxSize(14).withSizeDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<List<DateOverride>> overrides(LocalDate anchor) {
        return Combinators.combine(Arbitraries.integers().between(-2, 12).map(anchor::plusDays),
                        localRanges().list().ofMaxSize(2))
                .as(DateOverride::new)
                .list().ofMaxSize(3);
    }

    private static Arbitrary<LocalRange> localRanges() {
        return Combinators.combine(Arbitraries.integers().between(0, 1438), Arbitraries.integers().between(1, 900))
                .as((startMinute, minutes) -> new LocalRange(LocalTime.MIN.plusMinutes(startMinute),
                        LocalTime.MIN.plusMinutes(Math.min(startMinute + minutes, 1439))));
    }

    private static Arbitrary<List<TimeOff>> timeOff(LocalDate anchor) {
        return Combinators.combine(minutesAround(anchor), Arbitraries.integers().between(15, 2 * 24 * 60))
                .as((start, minutes) -> new TimeOff(start, start.plus(Duration.ofMinutes(minutes))))
                .list().ofMaxSize(3);
    }

    private static Arbitrary<List<BusyInterval>> busy(LocalDate anchor) {
        return Combinators.combine(minutesAround(anchor), Arbitraries.integers().between(15, 180),
                        Arbitraries.of(0, 10, 30), Arbitraries.of(0, 10, 30), Arbitraries.of(true, true, false))
                .as((start, minutes, before, after, sameType) -> new BusyInterval(start,
                        start.plus(Duration.ofMinutes(minutes)), Duration.ofMinutes(before), Duration.ofMinutes(after),
                        sameType))
                .list().ofMaxSize(40).withSizeDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Instant> minutesAround(LocalDate anchor) {
        Instant midnight = anchor.atStartOfDay(ZoneOffset.UTC).toInstant();
        return Arbitraries.integers().between(-24 * 60, 6 * 24 * 60)
                .map(minutes -> midnight.plus(Duration.ofMinutes(minutes)));
    }

    private static Arbitrary<Viewing> viewing(LocalDate anchor, Arbitrary<Integer> extraDays) {
        Instant midnight = anchor.atStartOfDay(ZoneOffset.UTC).toInstant();
        return Combinators.combine(Arbitraries.integers().between(-3 * 24 * 60, 12 * 60),
                        Arbitraries.integers().between(0, 3), extraDays)
                .as((nowMinutes, fromDays, days) -> new Viewing(midnight.plus(Duration.ofMinutes(nowMinutes)),
                        anchor.plusDays(fromDays), anchor.plusDays(fromDays + days)));
    }

    private record Viewing(Instant now, LocalDate from, LocalDate to) {
    }

    /** One search: everything the finder is given, and what it answers. */
    record Scenario(Instant now, SlotRules rules, ZoneId builderZone, List<WeeklyRange> weekly,
                    List<DateOverride> overrides, List<TimeOff> timeOff, List<BusyInterval> busy, LocalDate from,
                    LocalDate to, ZoneId viewerZone) {

        Availability availability() {
            return new Availability(builderZone, weekly, overrides, timeOff);
        }

        List<Slot> slots() {
            return new SlotFinder(Clock.fixed(now, ZoneOffset.UTC))
                    .freeSlots(rules, availability(), busy, from, to, viewerZone);
        }

        /** A date's overrides, if it has any, else the weekly hours valid on it. */
        List<LocalRange> hoursOn(LocalDate day) {
            List<DateOverride> forDay = overrides.stream().filter(override -> override.date().equals(day)).toList();
            if (!forDay.isEmpty()) {
                return forDay.stream().flatMap(override -> override.hours().stream()).toList();
            }
            return weekly.stream().filter(range -> range.appliesOn(day)).map(WeeklyRange::hours).toList();
        }
    }

    private static long heldAt(List<BusyInterval> busy, Instant moment) {
        return busy.stream()
                .filter(interval -> !interval.occupiedFrom().isAfter(moment)
                        && moment.isBefore(interval.occupiedUntil()))
                .count();
    }
}
