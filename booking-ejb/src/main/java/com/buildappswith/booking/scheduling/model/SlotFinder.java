package com.buildappswith.booking.scheduling.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sessions of one type a builder can still take, and why a requested start cannot be booked.
 *
 * <p>Starts are laid out on the builder's wall clock, one local date at a time: from the start of each stretch of
 * the day's hours (touching ranges are one stretch) every {@code step}, for as long as the whole session (not its
 * buffers) fits before those hours end, or before the next day's hours end where they go on past midnight. Each
 * wall-clock start then becomes an instant in the builder's zone, so a 09:00 start stays at 09:00 for the builder
 * when daylight saving time moves it for everyone else. A wall-clock time skipped by a spring-forward gap is never
 * offered; one that a fall-back overlap shows twice is offered at both of its instants, since both are real time
 * inside the builder's hours. Hours beginning or ending inside a gap begin or end when the clock jumps (see
 * {@link OpenHours}, which the builder's calendar uses too).
 *
 * <p>Seats belong to one session instance: a session type at one start. A start is then dropped if the session
 * touches time off, starts inside the minimum notice or beyond the horizon, would open a new instance on a
 * builder-local day that already has its daily cap of instances of this type, if its instance already has as many
 * clients as the capacity, or if the session widened by its buffers meets any booking that is not of its own
 * instance (another type, or this type at another start): the builder runs one session at a time.
 *
 * <p>The busy intervals are a snapshot: the booking transaction must still enforce capacity in the database.
 */
public final class SlotFinder {

    private static final Comparator<Slot> BY_START = Comparator.comparing(Slot::start);
    private static final Duration SEARCH_MARGIN = Duration.ofDays(2);

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
        Occupancy occupancy = new Occupancy(busy, rules.capacity());
        long earliestAt = EpochNanos.of(earliest);
        long latestAt = EpochNanos.of(latest);
        long duration = rules.duration().toNanos();
        long bufferBefore = rules.bufferBefore().toNanos();
        long bufferAfter = rules.bufferAfter().toNanos();
        List<Slot> slots = new ArrayList<>();
        LocalDate lastDay = LocalDate.ofInstant(latest, zone);
        LocalDate day = LocalDate.ofInstant(earliest, zone);
        long dayStart = EpochNanos.of(day.atStartOfDay(zone).toInstant());
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            long dayEnd = EpochNanos.of(day.plusDays(1).atStartOfDay(zone).toInstant());
            for (OpenHours hours : availability.openHoursOn(day)) {
                for (long start : hours.starts(rules.step(), rules.duration())) {
                    if (start < earliestAt || start > latestAt
                            || opensInstanceBeyondCap(rules, occupancy, start, dayStart, dayEnd)) {
                        continue;
                    }
                    long end = start + duration;
                    if (availability.isOffDuring(start, end)) {
                        continue;
                    }
                    int remaining = occupancy.remainingFor(start, start - bufferBefore, end + bufferAfter);
                    if (remaining > 0) {
                        slots.add(new Slot(EpochNanos.toInstant(start), EpochNanos.toInstant(end), remaining));
                    }
                }
            }
            dayStart = dayEnd;
        }
        return sortedAndDistinct(slots);
    }

    /**
     * Until when {@code found}, the answer of {@link #freeSlots} at {@code now} for starts before {@code until}, stays
     * the answer as time goes on, the bookings and rules staying as they are: exclusive, so at an instant before it
     * the answer is the same. As {@code now} moves on, the first slot falls inside the minimum notice; a horizon that
     * ends before {@code until} moves over new starts, so such an answer may change at any moment ({@code now} is
     * returned). With nothing found and the horizon past {@code until}, nothing will be found later either.
     */
    public static Instant unchangedUntil(SlotRules rules, List<Slot> found, Instant now, Instant until) {
        if (now.plus(rules.horizon()).isBefore(until)) {
            return now;
        }
        return found.isEmpty() ? Instant.MAX : found.get(0).start().minus(rules.minimumNotice()).plusNanos(1);
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
        LocalDate day = LocalDate.ofInstant(start, zone);
        Instant end = start.plus(rules.duration());
        List<OpenHours> hours = availability.openHoursOn(day);
        if (availability.isOffDuring(start, end) || hours.stream().noneMatch(open -> open.covers(start, end))) {
            return Optional.of(SlotRefusal.OUTSIDE_AVAILABILITY);
        }
        long at = EpochNanos.of(start);
        if (hours.stream().noneMatch(open -> contains(open.starts(rules.step(), rules.duration()), at))) {
            return Optional.of(SlotRefusal.OFF_GRID);
        }
        Occupancy occupancy = new Occupancy(busy, rules.capacity());
        if (opensInstanceBeyondCap(rules, occupancy, at, EpochNanos.of(day.atStartOfDay(zone).toInstant()),
                EpochNanos.of(day.plusDays(1).atStartOfDay(zone).toInstant()))) {
            return Optional.of(SlotRefusal.DAY_FULL);
        }
        int remaining = occupancy.remainingFor(at, EpochNanos.of(start.minus(rules.bufferBefore())),
                EpochNanos.of(end.plus(rules.bufferAfter())));
        return remaining > 0 ? Optional.empty() : Optional.of(SlotRefusal.TAKEN);
    }

    /**
     * Why an existing booking cannot take its seat back now, or empty if it can: its session has begun, its
     * instance would go beyond the builder's daily cap, or the {@code others} (the booking itself left out) use up
     * the capacity. What a booking that lost its hold needs when its payment arrives late: the hours, notice and
     * horizon were checked when it was made, and its own interval (buffers as they were then) is what it occupies.
     *
     * @param others the bookings that occupy their slots now in {@link #decidingWindow} of the booking's start
     */
    public Optional<SlotRefusal> refusalToKeep(SlotRules rules, ZoneId builderZone, BusyInterval booking,
                                               List<BusyInterval> others) {
        Objects.requireNonNull(rules, "Slot rules are required.");
        Objects.requireNonNull(builderZone, "The builder's zone is required.");
        Objects.requireNonNull(booking, "The booking's interval is required.");
        Objects.requireNonNull(others, "Busy intervals are required.");
        Instant start = booking.start();
        if (!start.isAfter(clock.instant())) {
            return Optional.of(SlotRefusal.IN_PAST);
        }
        Occupancy occupancy = new Occupancy(others, rules.capacity());
        long at = EpochNanos.of(start);
        LocalDate day = LocalDate.ofInstant(start, builderZone);
        if (opensInstanceBeyondCap(rules, occupancy, at, EpochNanos.of(day.atStartOfDay(builderZone).toInstant()),
                EpochNanos.of(day.plusDays(1).atStartOfDay(builderZone).toInstant()))) {
            return Optional.of(SlotRefusal.DAY_FULL);
        }
        int remaining = occupancy.remainingFor(at, EpochNanos.of(booking.occupiedFrom()),
                EpochNanos.of(booking.occupiedUntil()));
        return remaining > 0 ? Optional.empty() : Optional.of(SlotRefusal.TAKEN);
    }

    /**
     * When the bookings lie that can decide whether {@code start} is free for {@link #refusalFor}: those that meet
     * the slot with its buffers, and, for the daily cap, those that start on the builder-local day it starts on.
     * Checking one start needs only the bookings that meet this window.
     */
    public static TimeWindow decidingWindow(SlotRules rules, ZoneId builderZone, Instant start) {
        LocalDate day = LocalDate.ofInstant(start, builderZone);
        Instant dayStart = day.atStartOfDay(builderZone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(builderZone).toInstant();
        Instant occupiedUntil = start.plus(rules.duration()).plus(rules.bufferAfter());
        return new TimeWindow(earliestOf(dayStart, start.minus(rules.bufferBefore())),
                latestOf(dayEnd, occupiedUntil));
    }

    /**
     * When the bookings lie that can matter to {@link #freeSlots} over the viewer's dates {@code from} to {@code to}:
     * those dates widened by two days on either side, enough for the builder-local days they touch (whose daily
     * caps count every session of the day) and for any session's buffers.
     */
    public static TimeWindow searchWindow(LocalDate from, LocalDate to, ZoneId viewerZone) {
        return new TimeWindow(from.atStartOfDay(viewerZone).toInstant().minus(SEARCH_MARGIN),
                to.plusDays(1).atStartOfDay(viewerZone).toInstant().plus(SEARCH_MARGIN));
    }

    /** Overlapping hours on one date may offer the same start twice; the first is as good as the second. */
    private static List<Slot> sortedAndDistinct(List<Slot> slots) {
        slots.sort(BY_START);
        List<Slot> distinct = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).start().equals(slot.start())) {
                distinct.add(slot);
            }
        }
        return List.copyOf(distinct);
    }

    private static boolean opensInstanceBeyondCap(SlotRules rules, Occupancy occupancy, long start, long dayStart,
                                                  long dayEnd) {
        return rules.maxPerDay().isPresent()
                && occupancy.opensInstanceBeyond(rules.maxPerDay().getAsInt(), start, dayStart, dayEnd);
    }

    private static boolean contains(long[] values, long wanted) {
        for (long value : values) {
            if (value == wanted) {
                return true;
            }
        }
        return false;
    }

    private static Instant latestOf(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliestOf(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
