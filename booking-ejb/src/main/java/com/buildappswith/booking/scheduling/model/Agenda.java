package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A builder's calendar as they look at it: for each of their local dates the hours they are open (weekly hours or
 * that date's override, minus time off) and the time off itself, all in the builder's zone. Open hours are the
 * slot engine's own {@link OpenHours}, so a DST change moves them exactly as it moves the bookable starts.
 */
public final class Agenda {

    public enum Kind { OPEN, TIME_OFF }

    /** One stretch on the calendar, start inclusive and end exclusive, in the builder's zone. */
    public record Entry(Kind kind, ZonedDateTime start, ZonedDateTime end) {

        public Entry {
            Objects.requireNonNull(kind, "Kind is required.");
            Objects.requireNonNull(start, "Start is required.");
            Objects.requireNonNull(end, "End is required.");
        }
    }

    private Agenda() {
    }

    /** The entries touching the builder's local dates {@code first} to {@code last} inclusive, by start. */
    public static List<Entry> between(Availability availability, LocalDate first, LocalDate last) {
        ZoneId zone = availability.zone();
        Instant windowStart = first.atStartOfDay(zone).toInstant();
        Instant windowEnd = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<TimeOff> off = availability.timeOff().stream()
                .filter(stretch -> stretch.start().isBefore(windowEnd) && stretch.end().isAfter(windowStart))
                .sorted(Comparator.comparing(TimeOff::start))
                .toList();
        List<Entry> entries = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (OpenHours hours : availability.openHoursOn(date)) {
                for (TimeOff remaining : without(new TimeOff(hours.opens(), hours.closes()), off)) {
                    entries.add(entry(Kind.OPEN, remaining.start(), remaining.end(), zone));
                }
            }
        }
        for (TimeOff stretch : off) {
            entries.add(entry(Kind.TIME_OFF, max(stretch.start(), windowStart), min(stretch.end(), windowEnd), zone));
        }
        entries.sort(Comparator.comparing(Entry::start));
        return entries;
    }

    /** What is left of {@code hours} outside every stretch of time off (which is sorted by start). */
    private static List<TimeOff> without(TimeOff hours, List<TimeOff> off) {
        List<TimeOff> left = new ArrayList<>();
        Instant cursor = hours.start();
        for (TimeOff stretch : off) {
            if (!stretch.end().isAfter(cursor) || !stretch.start().isBefore(hours.end())) {
                continue;
            }
            if (stretch.start().isAfter(cursor)) {
                left.add(new TimeOff(cursor, stretch.start()));
            }
            cursor = max(cursor, stretch.end());
        }
        if (cursor.isBefore(hours.end())) {
            left.add(new TimeOff(cursor, hours.end()));
        }
        return left;
    }

    private static Entry entry(Kind kind, Instant start, Instant end, ZoneId zone) {
        return new Entry(kind, start.atZone(zone), end.atZone(zone));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
