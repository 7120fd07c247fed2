package com.buildappswith.booking.scheduling.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which sessions of one type a builder can still take, and why a requested start cannot be booked.
 *
 * <p>Starts are laid out on the builder's wall clock, one local date at a time: from the start of each of the day's
 * hours every {@code step}, for as long as the whole session (not its buffers) fits before those hours end. Each
 * wall-clock start then becomes an instant in the builder's zone, so a 09:00 start stays at 09:00 for the builder
 * when daylight saving time moves it for everyone else. A wall-clock time skipped by a spring-forward gap is never
 * offered; one that a fall-back overlap shows twice means its first occurrence (the earlier offset). Hours ending
 * inside a gap end when the gap begins.
 *
 * <p>A start is then dropped if the session touches time off, starts inside the minimum notice or beyond the
 * horizon, falls on a builder-local day that already has its daily cap of this type, or if the session widened by
 * its buffers meets a booking of another type or as many bookings of this type as the capacity at any instant.
 *
 * <p>The busy intervals are a snapshot: the booking transaction must still enforce capacity in the database.
 */
public final class SlotFinder {

    private final Clock clock;

    public SlotFinder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
    }

    /**
     * Free slots starting on the viewer's dates {@code from} to {@code to} (both inclusive, in the viewer's zone),
     * sorted by start. The builder's dates these cover may differ by one on either side, and are all considered.
     */
    public List<Slot> freeSlots(SlotRules rules, Availability availability, List<BusyInterval> busy,
                                LocalDate from, LocalDate to, ZoneId viewerZone) {
        Objects.requireNonNull(from, "First day is required.");
        Objects.requireNonNull(to, "Last day is required.");
        Objects.requireNonNull(viewerZone, "Viewer zone is required.");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The first day must not be after the last: " + from + " > " + to + ".");
        }
        return freeSlots(rules, availability, busy, from.atStartOfDay(viewerZone).toInstant(),
                to.plusDays(1).atStartOfDay(viewerZone).toInstant());
    }

    /** Free slots starting in {@code [from, until)}, sorted by start. */
    public List<Slot> freeSlots(SlotRules rules, Availability availability, List<BusyInterval> busy,
                                Instant from, Instant until) {
        Objects.requireNonNull(rules, "Slot rules are required.");
        Objects.requireNonNull(availability, "Availability is required.");
        Objects.requireNonNull(busy, "Busy intervals are required.");
        Objects.requireNonNull(from, "From is required.");
        Objects.requireNonNull(until, "Until is required.");
        Instant now = clock.instant();
        Instant earliest = latestOf(from, now.plus(rules.minimumNotice()));
        Instant latest = earliestOf(until.minusNanos(1), now.plus(rules.horizon()));
        if (earliest.isAfter(latest)) {
            return List.of();
        }
        ZoneId zone = availability.zone();
        ZoneRules zoneRules = zone.getRules();
        Set<LocalDate> fullDays = fullDays(rules, busy, zone);
        Occupancy occupancy = new Occupancy(busy, rules.capacity());
        // Overlapping hours on one date may offer the same start twice; the map keeps one and keeps them sorted.
        Map<Instant, Slot> slots = new TreeMap<>();
        LocalDate lastDay = LocalDate.ofInstant(latest, zone);
        for (LocalDate day = LocalDate.ofInstant(earliest, zone); !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (fullDays.contains(day)) {
                continue;
            }
            for (LocalRange hours : availability.hoursOn(day)) {
                for (Instant start : startsWithin(day, hours, rules, zoneRules)) {
                    if (start.isBefore(earliest) || start.isAfter(latest) || slots.containsKey(start)) {
                        continue;
                    }
                    Instant end = start.plus(rules.duration());
                    if (availability.isOffDuring(start, end)) {
                        continue;
                    }
                    int remaining = occupancy.remainingDuring(start.minus(rules.bufferBefore()),
                            end.plus(rules.bufferAfter()));
                    if (remaining > 0) {
                        slots.put(start, new Slot(start, end, remaining));
                    }
                }
            }
        }
        return List.copyOf(slots.values());
    }

    /**
     * Why a session starting at {@code start} cannot be booked, or empty if it can: exactly the starts
     * {@link #freeSlots} offers are accepted. When rescheduling, leave the booking being moved out of {@code busy}.
     */
    public Optional<SlotRefusal> refusalFor(SlotRules rules, Availability availability, List<BusyInterval> busy,
                                            Instant start) {
        Objects.requireNonNull(rules, "Slot rules are required.");
        Objects.requireNonNull(availability, "Availability is required.");
        Objects.requireNonNull(busy, "Busy intervals are required.");
        Objects.requireNonNull(start, "Start is required.");
        Instant now = clock.instant();
        if (start.isBefore(now)) {
            return Optional.of(SlotRefusal.IN_PAST);
        }
        if (start.isBefore(now.plus(rules.minimumNotice()))) {
            return Optional.of(SlotRefusal.INSIDE_NOTICE);
        }
        if (start.isAfter(now.plus(rules.horizon()))) {
            return Optional.of(SlotRefusal.BEYOND_HORIZON);
        }
        ZoneId zone = availability.zone();
        ZoneRules zoneRules = zone.getRules();
        LocalDate day = LocalDate.ofInstant(start, zone);
        Instant end = start.plus(rules.duration());
        List<LocalRange> hours = availability.hoursOn(day);
        if (availability.isOffDuring(start, end)
                || hours.stream().noneMatch(range -> covers(day, range, start, end, zoneRules))) {
            return Optional.of(SlotRefusal.OUTSIDE_AVAILABILITY);
        }
        if (hours.stream().noneMatch(range -> startsWithin(day, range, rules, zoneRules).contains(start))) {
            return Optional.of(SlotRefusal.OFF_GRID);
        }
        if (fullDays(rules, busy, zone).contains(day)) {
            return Optional.of(SlotRefusal.DAY_FULL);
        }
        int remaining = new Occupancy(busy, rules.capacity())
                .remainingDuring(start.minus(rules.bufferBefore()), end.plus(rules.bufferAfter()));
        return remaining > 0 ? Optional.empty() : Optional.of(SlotRefusal.TAKEN);
    }

    /** The grid's starts in one range of hours whose session ends by the time those hours do. */
    private static List<Instant> startsWithin(LocalDate day, LocalRange hours, SlotRules rules, ZoneRules zone) {
        LocalDateTime stop = day.atTime(hours.end());
        Instant close = firstInstantShowing(stop, zone);
        List<Instant> starts = new ArrayList<>();
        for (LocalDateTime local = day.atTime(hours.start()); local.isBefore(stop); local = local.plus(rules.step())) {
            List<ZoneOffset> offsets = zone.getValidOffsets(local);
            if (offsets.isEmpty()) {
                continue;
            }
            Instant start = local.toInstant(offsets.get(0));
            if (start.plus(rules.duration()).isAfter(close)) {
                break;
            }
            starts.add(start);
        }
        return starts;
    }

    private static boolean covers(LocalDate day, LocalRange hours, Instant start, Instant end, ZoneRules zone) {
        return !start.isBefore(firstInstantShowing(day.atTime(hours.start()), zone))
                && !end.isAfter(firstInstantShowing(day.atTime(hours.end()), zone));
    }

    /**
     * The first instant the wall clock shows {@code local} or later: the earlier offset in an overlap, and the
     * moment the clock jumps when {@code local} falls in a gap.
     */
    private static Instant firstInstantShowing(LocalDateTime local, ZoneRules zone) {
        List<ZoneOffset> offsets = zone.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = zone.getTransition(local);
            return gap.getInstant();
        }
        return local.toInstant(offsets.get(0));
    }

    /** The builder-local dates that already have as many sessions of this type as the daily cap allows. */
    private static Set<LocalDate> fullDays(SlotRules rules, List<BusyInterval> busy, ZoneId zone) {
        if (rules.maxPerDay().isEmpty()) {
            return Set.of();
        }
        int cap = rules.maxPerDay().getAsInt();
        Map<LocalDate, Long> perDay = busy.stream()
                .filter(BusyInterval::sameSessionType)
                .collect(Collectors.groupingBy(interval -> LocalDate.ofInstant(interval.start(), zone),
                        Collectors.counting()));
        return perDay.entrySet().stream()
                .filter(entry -> entry.getValue() >= cap)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Instant latestOf(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliestOf(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
