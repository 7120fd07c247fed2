package com.buildappswith.booking.scheduling.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One stretch of a builder's hours on one of their local dates, as real time: touching or overlapping ranges of the
 * day are already one stretch, and the wall clock has turned its bounds into instants by the one rule of
 * {@link WallClock}. A stretch that runs to midnight and goes on in the next day's hours from 00:00 lets a session
 * started before midnight end after it.
 */
public final class OpenHours {

    private static final long[] NO_STARTS = {};

    private final WallClock clock;
    private final LocalRange hours;
    private final Instant opens;
    private final Instant closes;
    private final Instant sessionsEndBy;

    OpenHours(WallClock clock, LocalRange hours, Instant sessionsEndBy) {
        this.clock = clock;
        this.hours = hours;
        this.opens = clock.firstInstantShowing(hours.startOn(clock.date()));
        this.closes = clock.firstInstantShowing(hours.endOn(clock.date()));
        this.sessionsEndBy = sessionsEndBy == null ? closes : sessionsEndBy;
    }

    public LocalRange hours() {
        return hours;
    }

    /** When the builder's hours begin on this date. */
    public Instant opens() {
        return opens;
    }

    /** When the builder's hours of this date end (midnight for hours that run to it). */
    public Instant closes() {
        return closes;
    }

    /** The latest a session started in these hours may end: later than {@link #closes} across midnight. */
    public Instant sessionsEndBy() {
        return sessionsEndBy;
    }

    /**
     * The starts (as {@link EpochNanos}) of a session lasting {@code duration} on the grid of {@code step} laid on the
     * wall clock from the start of these hours, that begin before the hours close and end by {@link #sessionsEndBy},
     * in wall-clock order. A grid time skipped by a gap is no start; one shown twice by an overlap is two. A search
     * asks this for every open stretch of every date, so a date with one offset throughout computes its grid with
     * arithmetic on nanoseconds, without a date-time object per start.
     */
    long[] starts(Duration step, Duration duration) {
        long stepNanos = step.toNanos();
        long durationNanos = duration.toNanos();
        long endBy = EpochNanos.of(sessionsEndBy);
        if (clock.isSteady()) {
            long first = EpochNanos.of(opens);
            long last = Math.min(EpochNanos.of(closes) - 1, endBy - durationNanos);
            if (last < first) {
                return NO_STARTS;
            }
            long[] starts = new long[(int) ((last - first) / stepNanos) + 1];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = first + i * stepNanos;
            }
            return starts;
        }
        return startsAcrossAnOffsetChange(step, durationNanos, endBy);
    }

    private long[] startsAcrossAnOffsetChange(Duration step, long durationNanos, long endBy) {
        LocalDateTime stop = hours.endOn(clock.date());
        long[] starts = new long[8];
        int count = 0;
        for (LocalDateTime local = hours.startOn(clock.date()); local.isBefore(stop); local = local.plus(step)) {
            Instant earliest = clock.earliestShowing(local);
            if (earliest == null) {
                continue;
            }
            if (EpochNanos.of(earliest) + durationNanos > endBy) {
                break;
            }
            Instant later = clock.laterShowing(local);
            for (Instant start : later == null ? List.of(earliest) : List.of(earliest, later)) {
                if (EpochNanos.of(start) + durationNanos <= endBy) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = EpochNanos.of(start);
                }
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** Whether a session from {@code start} to {@code end} lies within these hours (across midnight where they go on). */
    public boolean covers(Instant start, Instant end) {
        return !start.isBefore(opens) && start.isBefore(closes) && !end.isAfter(sessionsEndBy);
    }
}
