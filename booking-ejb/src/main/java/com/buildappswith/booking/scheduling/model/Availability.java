package com.buildappswith.booking.scheduling.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a builder works, as they think of it: weekly hours and date overrides on their own wall clock in their own
 * IANA zone, and time off as real instants. Built once per search; the lookups the finder asks for many times are
 * prepared here.
 */
public final class Availability {

    private static final Comparator<LocalRange> BY_START = Comparator.comparing(LocalRange::start);

    private final ZoneId zone;
    private final List<WeeklyRange> weekly;
    private final List<DateOverride> overrides;
    private final List<TimeOff> timeOff;
    private final Map<DayOfWeek, List<WeeklyRange>> weeklyByDay = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, List<LocalRange>> overridden = new HashMap<>();
    private final long[] offStarts;
    private final long[] offEnds;

    public Availability(ZoneId zone, List<WeeklyRange> weekly, List<DateOverride> overrides, List<TimeOff> timeOff) {
        this.zone = Objects.requireNonNull(zone, "Zone is required.");
        this.weekly = List.copyOf(Objects.requireNonNull(weekly, "Weekly hours are required."));
        this.overrides = List.copyOf(Objects.requireNonNull(overrides, "Date overrides are required."));
        this.timeOff = List.copyOf(Objects.requireNonNull(timeOff, "Time off is required."));
        for (WeeklyRange range : this.weekly) {
            weeklyByDay.computeIfAbsent(range.day(), day -> new ArrayList<>()).add(range);
        }
        for (DateOverride override : this.overrides) {
            overridden.computeIfAbsent(override.date(), date -> new ArrayList<>()).addAll(override.hours());
        }
        weeklyByDay.values().forEach(ranges -> ranges.sort(Comparator.comparing(WeeklyRange::hours, BY_START)));
        overridden.values().forEach(hours -> hours.sort(BY_START));
        List<TimeOff> merged = merge(this.timeOff);
        offStarts = merged.stream().map(TimeOff::start).mapToLong(EpochNanos::of).toArray();
        offEnds = merged.stream().map(TimeOff::end).mapToLong(EpochNanos::of).toArray();
    }

    public ZoneId zone() {
        return zone;
    }

    public List<WeeklyRange> weekly() {
        return weekly;
    }

    public List<DateOverride> overrides() {
        return overrides;
    }

    public List<TimeOff> timeOff() {
        return timeOff;
    }

    /** The hours the builder works on one of their local dates, by start: the override if there is one. */
    public List<LocalRange> hoursOn(LocalDate date) {
        List<LocalRange> override = overridden.get(date);
        if (override != null) {
            return List.copyOf(override);
        }
        return weeklyByDay.getOrDefault(date.getDayOfWeek(), List.of()).stream()
                .filter(range -> range.appliesOn(date))
                .map(WeeklyRange::hours)
                .toList();
    }

    /** Whether any time off touches {@code [from, until)}. */
    public boolean isOffDuring(Instant from, Instant until) {
        int firstEndingLater = EpochNanos.countAtOrBefore(offEnds, EpochNanos.of(from));
        return firstEndingLater < offStarts.length && offStarts[firstEndingLater] < EpochNanos.of(until);
    }

    /** Time off sorted and with overlapping or touching stretches joined, so their ends are sorted too. */
    private static List<TimeOff> merge(List<TimeOff> timeOff) {
        List<TimeOff> sorted = timeOff.stream().sorted(Comparator.comparing(TimeOff::start)).toList();
        List<TimeOff> merged = new ArrayList<>();
        for (TimeOff next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
                TimeOff joined = merged.get(last);
                if (next.end().isAfter(joined.end())) {
                    merged.set(last, new TimeOff(joined.start(), next.end()));
                }
            } else {
                merged.add(next);
            }
        }
        return merged;
    }
}
