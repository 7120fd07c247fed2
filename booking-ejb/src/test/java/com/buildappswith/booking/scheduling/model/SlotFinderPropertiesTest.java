package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.testing.Generator;
import com.buildappswith.booking.testing.PropertyTest;
import com.buildappswith.booking.testing.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the slot finder over generated calendars, around the daylight-saving changes of zones with odd
 * offsets and changes at midnight. Each check restates a rule in the plainest terms rather than repeating how the
 * finder computes it. The calendars come from fixed seeds (see {@link SeededCases}): each case is named by the
 * seed that rebuilds it.
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

    private static final long ONE_TO_ONE_SEED = 20_261_101L;
    private static final int ONE_TO_ONE_CASES = 300;
    private static final long SHARED_SEED = 20_261_102L;
    private static final long ONE_VIEWER_DAY_SEED = 20_261_103L;

    @PropertyTest
    @MethodSource("oneToOne")
    void noSlotMeetsABusyIntervalWhenCapacityIsOne(Scenario scenario) {
        SlotRules rules = scenario.rules();
        for (Slot slot : scenario.slots()) {
            Instant from = slot.start().minus(rules.bufferBefore());
            Instant until = slot.end().plus(rules.bufferAfter());
            assertThat(scenario.busy()).noneMatch(busy ->
                    busy.occupiedFrom().isBefore(until) && from.isBefore(busy.occupiedUntil()));
        }
    }

    @PropertyTest
    @MethodSource("oneToOne")
    void everySlotLiesInsideItsDaysHoursOnTheirStepGrid(Scenario scenario) {
        ZoneId zone = scenario.builderZone();
        for (Slot slot : scenario.slots()) {
            LocalDateTime start = slot.startIn(zone).toLocalDateTime();
            LocalDate day = start.toLocalDate();

            assertThat(scenario.stretchesOn(day)).anySatisfy(hours -> {
                assertThat(start.toLocalTime()).isAfterOrEqualTo(hours.start());
                assertThat(start).isBefore(hours.endOn(day));
                assertThat(Duration.between(hours.startOn(day), start).toNanos()
                        % scenario.rules().step().toNanos()).isZero();
                assertThat(slot.end()).isBeforeOrEqualTo(scenario.sessionsEndBy(day, hours));
            });
        }
    }

    @PropertyTest
    @MethodSource("oneToOne")
    void noSlotTouchesTimeOff(Scenario scenario) {
        for (Slot slot : scenario.slots()) {
            assertThat(scenario.timeOff()).noneMatch(off ->
                    off.start().isBefore(slot.end()) && slot.start().isBefore(off.end()));
        }
    }

    @PropertyTest
    @MethodSource("oneToOne")
    void everySlotStartsBetweenTheNoticeAndTheHorizon(Scenario scenario) {
        Instant earliest = scenario.now().plus(scenario.rules().minimumNotice());
        Instant latest = scenario.now().plus(scenario.rules().horizon());

        assertThat(scenario.slots()).allSatisfy(slot ->
                assertThat(slot.start()).isAfterOrEqualTo(earliest).isBeforeOrEqualTo(latest));
    }

    @PropertyTest
    @MethodSource("oneToOne")
    void slotsStartOnTheViewersDatesSortedAndDistinct(Scenario scenario) {
        List<Slot> slots = scenario.slots();

        assertThat(slots).extracting(Slot::start).isSortedAccordingTo(Instant::compareTo).doesNotHaveDuplicates();
        assertThat(slots).allSatisfy(slot -> assertThat(slot.startIn(scenario.viewerZone()).toLocalDate())
                .isBetween(scenario.from(), scenario.to()));
    }

    @PropertyTest
    @MethodSource("oneToOne")
    void everySlotLastsExactlyTheSession(Scenario scenario) {
        assertThat(scenario.slots()).allSatisfy(slot ->
                assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(scenario.rules().duration()));
    }

    @PropertyTest
    @MethodSource("shared")
    void offersOnlyRoomLeftInItsOwnSessionInstance(Scenario scenario) {
        SlotRules rules = scenario.rules();
        for (Slot slot : scenario.slots()) {
            Instant from = slot.start().minus(rules.bufferBefore());
            Instant until = slot.end().plus(rules.bufferAfter());
            List<BusyInterval> meeting = scenario.busy().stream()
                    .filter(busy -> busy.occupiedFrom().isBefore(until) && from.isBefore(busy.occupiedUntil()))
                    .toList();

            // Seats belong to one instance: whatever else meets the slot's time would mean two sessions at once.
            assertThat(meeting).allMatch(busy -> busy.sameSessionType() && busy.start().equals(slot.start()));
            assertThat(slot.remainingCapacity()).isEqualTo(rules.capacity() - meeting.size());
        }
    }

    @PropertyTest
    @MethodSource("oneViewerDay")
    void acceptsExactlyTheStartsItOffers(Scenario scenario) {
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

    @PropertyTest
    @MethodSource("oneViewerDay")
    void theBookingsOutsideTheDecidingWindowNeverChangeTheAnswer(Scenario scenario) {
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

    @PropertyTest
    @MethodSource("oneToOne")
    void theAnswerStaysTheSameUntilTheInstantItNames(Scenario scenario) {
        List<Slot> found = scenario.slots();
        Instant unchangedUntil = scenario.unchangedUntil();
        Instant until = scenario.until();
        Instant lastChecked = unchangedUntil.isBefore(until) ? unchangedUntil.minusNanos(1) : until;

        for (Instant later = scenario.now(); !later.isAfter(lastChecked); later = later.plus(97, ChronoUnit.MINUTES)) {
            assertThat(scenario.slotsAt(later)).as("at %s", later).isEqualTo(found);
        }
        if (!lastChecked.isBefore(scenario.now())) {
            assertThat(scenario.slotsAt(lastChecked)).as("at %s", lastChecked).isEqualTo(found);
        }
    }

    @PropertyTest
    @MethodSource("oneToOne")
    void theAnswerChangesAtTheInstantItNamesWhenTheFirstSlotFallsInsideTheNotice(Scenario scenario) {
        List<Slot> found = scenario.slots();
        Instant unchangedUntil = scenario.unchangedUntil();

        if (!unchangedUntil.equals(scenario.now()) && !unchangedUntil.equals(Instant.MAX)) {
            assertThat(scenario.slotsAt(unchangedUntil)).doesNotContain(found.get(0));
        }
    }

    /** Without this the properties above could hold only because the finder offers nothing. */
    @Test
    void mostGeneratedCalendarsOfferSlots() {
        long offeringSlots = SeededCases
                .values(ONE_TO_ONE_SEED, ONE_TO_ONE_CASES, SlotFinderPropertiesTest::oneToOneScenario)
                .filter(scenario -> !scenario.slots().isEmpty())
                .count();

        assertThat(offeringSlots).isGreaterThan(ONE_TO_ONE_CASES / 2);
    }

    static Stream<Arguments> oneToOne() {
        return SeededCases.cases(ONE_TO_ONE_SEED, ONE_TO_ONE_CASES, SlotFinderPropertiesTest::oneToOneScenario);
    }

    static Stream<Arguments> shared() {
        return SeededCases.cases(SHARED_SEED, 300, random -> scenario(random, random.between(1, 4),
                severalViewerDays(random)));
    }

    static Stream<Arguments> oneViewerDay() {
        return SeededCases.cases(ONE_VIEWER_DAY_SEED, 100, random -> scenario(random, random.between(1, 3), 0));
    }

    private static Scenario oneToOneScenario(Generator random) {
        return scenario(random, 1, severalViewerDays(random));
    }

    /** Up to ten days after the first. */
    private static int severalViewerDays(Generator random) {
        return random.between(0, 9);
    }

    private static Scenario scenario(Generator random, int capacity, int extraViewerDays) {
        LocalDate anchor = random.oneOf(ANCHORS);
        SlotRules rules = rules(random, capacity);
        ZoneId builderZone = random.oneOf(ZONES);
        ZoneId viewerZone = random.oneOf(ZONES);
        List<WeeklyRange> weekly = weekly(random, anchor);
        List<DateOverride> overrides = overrides(random, anchor);
        List<TimeOff> timeOff = timeOff(random, anchor);
        List<BusyInterval> busy = busy(random, anchor);
        Viewing viewing = viewing(random, anchor, extraViewerDays);
        return new Scenario(viewing.now(), rules, builderZone, weekly, overrides, timeOff, busy, viewing.from(),
                viewing.to(), viewerZone);
    }

    private static SlotRules rules(Generator random, int capacity) {
        Duration duration = Duration.ofMinutes(random.oneOf(15, 20, 25, 30, 45, 50, 60, 90, 120));
        Duration step = Duration.ofMinutes(random.oneOf(5, 10, 15, 20, 25, 30, 45, 60));
        Duration before = Duration.ofMinutes(random.oneOf(0, 5, 10, 15, 30));
        Duration after = Duration.ofMinutes(random.oneOf(0, 5, 10, 15, 30));
        Duration notice = Duration.ofMinutes(random.oneOf(0, 0, 15, 60, 120, 24 * 60));
        Duration horizon = Duration.ofDays(random.between(1, 30));
        OptionalInt maxPerDay = random.chance(0.5) ? OptionalInt.empty() : OptionalInt.of(random.between(1, 3));
        return new SlotRules(duration, before, after, notice, horizon, step, capacity, maxPerDay);
    }

    private static List<WeeklyRange> weekly(Generator random, LocalDate anchor) {
        return random.listOf(2, 14, () -> {
            DayOfWeek day = random.oneOf(DayOfWeek.values());
            LocalRange hours = localRange(random);
            LocalDate from = random.orNull(0.6, () -> anchor.plusDays(random.between(-3, 9)));
            Integer daysValid = random.orNull(0.6, () -> random.between(0, 9));
            return new WeeklyRange(day, hours, from,
                    daysValid == null ? null : (from == null ? anchor : from).plusDays(daysValid));
        });
    }

    private static List<DateOverride> overrides(Generator random, LocalDate anchor) {
        return random.listOf(0, 3, () -> new DateOverride(anchor.plusDays(random.between(-2, 12)),
                random.listOf(0, 2, () -> localRange(random))));
    }

    private static LocalRange localRange(Generator random) {
        int startMinute = random.between(0, 1438);
        int minutes = random.between(1, 900);
        // Up to 1440 minutes, which is 00:00: hours that run to midnight.
        return new LocalRange(LocalTime.MIN.plusMinutes(startMinute),
                LocalTime.MIN.plusMinutes(Math.min(startMinute + minutes, 1440)));
    }

    private static List<TimeOff> timeOff(Generator random, LocalDate anchor) {
        return random.listOf(0, 3, () -> {
            Instant start = minuteAround(random, anchor);
            return new TimeOff(start, start.plus(Duration.ofMinutes(random.between(15, 2 * 24 * 60))));
        });
    }

    private static List<BusyInterval> busy(Generator random, LocalDate anchor) {
        return random.listOf(0, 40, () -> {
            Instant start = minuteAround(random, anchor);
            return new BusyInterval(start, start.plus(Duration.ofMinutes(random.between(15, 180))),
                    Duration.ofMinutes(random.oneOf(0, 10, 30)), Duration.ofMinutes(random.oneOf(0, 10, 30)),
                    random.oneOf(true, true, false));
        });
    }

    private static Instant minuteAround(Generator random, LocalDate anchor) {
        Instant midnight = anchor.atStartOfDay(ZoneOffset.UTC).toInstant();
        return midnight.plus(Duration.ofMinutes(random.between(-24 * 60, 6 * 24 * 60)));
    }

    private static Viewing viewing(Generator random, LocalDate anchor, int extraDays) {
        Instant midnight = anchor.atStartOfDay(ZoneOffset.UTC).toInstant();
        int fromDays = random.between(0, 3);
        return new Viewing(midnight.plus(Duration.ofMinutes(random.between(-3 * 24 * 60, 12 * 60))),
                anchor.plusDays(fromDays), anchor.plusDays(fromDays + extraDays));
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
            return slotsAt(now);
        }

        /** The end of the viewer's last date: the searched starts lie before it. */
        Instant until() {
            return to.plusDays(1).atStartOfDay(viewerZone).toInstant();
        }

        Instant unchangedUntil() {
            return SlotFinder.unchangedUntil(rules, slots(), now, until());
        }

        List<Slot> slotsAt(Instant instant) {
            return new SlotFinder(Clock.fixed(instant, ZoneOffset.UTC))
                    .freeSlots(rules, availability(), busy, from, to, viewerZone);
        }

        /**
         * A date's overrides, if it has any, else the weekly hours valid on it; ranges that touch or overlap joined
         * into one stretch, by start.
         */
        List<LocalRange> stretchesOn(LocalDate day) {
            List<DateOverride> forDay = overrides.stream().filter(override -> override.date().equals(day)).toList();
            List<LocalRange> ranges = forDay.isEmpty()
                    ? weekly.stream().filter(range -> range.appliesOn(day)).map(WeeklyRange::hours).toList()
                    : forDay.stream().flatMap(override -> override.hours().stream()).toList();
            List<LocalRange> joined = new ArrayList<>();
            for (LocalRange range : ranges.stream().sorted(Comparator.comparing(LocalRange::start)).toList()) {
                LocalRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && !range.startOn(day).isAfter(last.endOn(day))) {
                    LocalDateTime end = range.endOn(day).isAfter(last.endOn(day)) ? range.endOn(day) : last.endOn(day);
                    joined.set(joined.size() - 1, new LocalRange(last.start(), end.toLocalTime()));
                } else {
                    joined.add(range);
                }
            }
            return joined;
        }

        /**
         * The latest a session begun in {@code hours} on {@code day} may end: when those hours end, or, for hours that
         * run to midnight, when the next day's hours that begin at midnight end.
         */
        Instant sessionsEndBy(LocalDate day, LocalRange hours) {
            if (hours.runsToMidnight()) {
                LocalDate next = day.plusDays(1);
                List<LocalRange> following = stretchesOn(next);
                if (!following.isEmpty() && following.get(0).start().equals(LocalTime.MIDNIGHT)) {
                    return instantOf(following.get(0).endOn(next));
                }
            }
            return instantOf(hours.endOn(day));
        }

        /** The builder's wall clock at {@code local}: its first instant, or when the clock jumps past a gap. */
        private Instant instantOf(LocalDateTime local) {
            ZoneRules zoneRules = builderZone.getRules();
            return zoneRules.getValidOffsets(local).isEmpty()
                    ? zoneRules.getTransition(local).getInstant()
                    : local.atZone(builderZone).withEarlierOffsetAtOverlap().toInstant();
        }
    }
}
