package com.buildappswith.booking.scheduling.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
    private final Map<DayOfWeek, List<LocalRange>> everyWeek = new EnumMap<>(DayOfWeek.class);
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
        overridden.replaceAll((date, hours) -> joined(hours.stream().sorted(BY_START).toList()));
        // A weekday whose hours hold every week has the same stretches on each of its dates: join them once.
        weeklyByDay.forEach((day, ranges) -> {
            if (ranges.stream().allMatch(range -> range.validFrom() == null && range.validUntil() == null)) {
                everyWeek.put(day, joined(ranges.stream().map(WeeklyRange::hours).toList()));
            }
        });
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

    /**
     * The hours the builder works on one of their local dates, by start: the override if there is one. Ranges that
     * touch or overlap are one stretch of time, so they come back joined.
     */
    public List<LocalRange> hoursOn(LocalDate date) {
        List<LocalRange> override = overridden.get(date);
        if (override != null) {
            return override;
        }
        List<LocalRange> weekly = everyWeek.get(date.getDayOfWeek());
        if (weekly != null) {
            return weekly;
        }
        return joined(weeklyByDay.getOrDefault(date.getDayOfWeek(), List.of()).stream()
                .filter(range -> range.appliesOn(date))
                .map(WeeklyRange::hours)
                .toList());
    }

    /**
     * The builder's hours on one of their local dates as real time, by start. Hours that run to midnight and go on
     * from 00:00 the next day let sessions end in the next day's hours.
     */
    public List<OpenHours> openHoursOn(LocalDate date) {
        List<LocalRange> hours = hoursOn(date);
        if (hours.isEmpty()) {
            return List.of();
        }
        WallClock clock = new WallClock(date, zone);
        List<OpenHours> open = new ArrayList<>(hours.size());
        for (LocalRange range : hours) {
            open.add(new OpenHours(clock, range, range.runsToMidnight() ? goesOnUntil(date.plusDays(1)) : null));
        }
        return open;
    }

    /** When the hours that begin at midnight on {@code date} end, or null when the day does not begin open. */
    private Instant goesOnUntil(LocalDate date) {
        List<LocalRange> hours = hoursOn(date);
        if (hours.isEmpty() || !hours.get(0).start().equals(LocalTime.MIDNIGHT)) {
            return null;
        }
        return new WallClock(date, zone).firstInstantShowing(hours.get(0).endOn(date));
    }

    /** Ranges sorted by start with touching or overlapping ones joined. */
    private static List<LocalRange> joined(List<LocalRange> sorted) {
        if (sorted.size() < 2) {
            return List.copyOf(sorted);
        }
        List<LocalRange> joined = new ArrayList<>(sorted.size());
        for (LocalRange next : sorted) {
            int last = joined.size() - 1;
            if (last >= 0 && joined.get(last).meets(next)) {
                joined.set(last, joined.get(last).joinedWith(next));
            } else {
                joined.add(next);
            }
        }
        return List.copyOf(joined);
    }

    /** Whether any time off touches {@code [from, until)}. */
    public boolean isOffDuring(Instant from, Instant until) {
        return isOffDuring(EpochNanos.of(from), EpochNanos.of(until));
    }

    /** {@link #isOffDuring(Instant, Instant)} for {@link EpochNanos}, as the finder asks it for every start. */
    boolean isOffDuring(long from, long until) {
        int firstEndingLater = EpochNanos.countAtOrBefore(offEnds, from);
        return firstEndingLater < offStarts.length && offStarts[firstEndingLater] < until;
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
