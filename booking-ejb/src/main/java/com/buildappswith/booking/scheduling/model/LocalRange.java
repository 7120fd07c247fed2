package com.buildappswith.booking.scheduling.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Hours on a builder's wall clock within one day, start inclusive and end exclusive. An end of 00:00 means midnight
 * at the end of the day (what a person writes as 24:00), so hours can run to the end of a day; hours that go on
 * past it continue in a range of the next day that starts at 00:00 (see {@link Availability#stretchesOn}).
 */
public record LocalRange(LocalTime start, LocalTime end) {

    /** A start as people type it: hours and minutes on a 24-hour clock, 00:00 to 23:59. */
    public static final String START_TEXT = "([01]\\d|2[0-3]):[0-5]\\d";

    /** An end as people type it: like a start, or 24:00 for the end of the day. */
    public static final String END_TEXT = "(" + START_TEXT + "|24:00)";

    private static final Pattern START = Pattern.compile(START_TEXT);
    private static final Pattern END = Pattern.compile(END_TEXT);

    public LocalRange {
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
            throw new IllegalArgumentException("A range must start before it ends: " + start + "-" + end + ".");
        }
    }

    /**
     * Hours as a builder types them (in the editor or an imported file): "09:00" to "17:30", or "20:00" to "24:00"
     * for hours that last until the day is over.
     *
     * @throws IllegalArgumentException when a time is not of that form or the hours end before they start
     */
    public static LocalRange parse(String start, String end) {
        String from = start == null ? "" : start.strip();
        String until = end == null ? "" : end.strip();
        if (!START.matcher(from).matches()) {
            throw new IllegalArgumentException("'" + from + "' is not a start time (HH:MM, 00:00 to 23:59).");
        }
        if (!END.matcher(until).matches()) {
            throw new IllegalArgumentException("'" + until + "' is not an end time (HH:MM, at most 24:00).");
        }
        return new LocalRange(LocalTime.parse(from),
                until.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(until));
    }

    /** Whether the hours last until the day is over. */
    public boolean runsToMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    public LocalDateTime startOn(LocalDate date) {
        return date.atTime(start);
    }

    public LocalDateTime endOn(LocalDate date) {
        return runsToMidnight() ? date.plusDays(1).atStartOfDay() : date.atTime(end);
    }

    /** Whether {@code later}, which starts no earlier than this, touches or overlaps it: one stretch of time. */
    boolean meets(LocalRange later) {
        return runsToMidnight() || !later.start.isAfter(end);
    }

    /** One range covering this one and {@code later}, which {@link #meets} it. */
    LocalRange joinedWith(LocalRange later) {
        boolean laterEndsLast = !runsToMidnight() && (later.runsToMidnight() || later.end.isAfter(end));
        return new LocalRange(start, laterEndsLast ? later.end : end);
    }
}
