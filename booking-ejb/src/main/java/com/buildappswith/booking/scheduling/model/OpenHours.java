package com.buildappswith.booking.scheduling.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One stretch of a builder's hours on one of their local dates, as real time: touching or overlapping ranges of the
 * day are already one stretch, and the wall clock has turned its bounds into instants by the one rule of
 * {@link WallClock}. A stretch that runs to midnight and goes on in the next day's hours from 00:00 lets a session
 * started before midnight end after it.
 */
public final class OpenHours {

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
     * The starts of a session lasting {@code duration} on the grid of {@code step} laid on the wall clock from the
     * start of these hours, that begin before the hours close and end by {@link #sessionsEndBy}, in order. A grid time
     * skipped by a gap is no start; one shown twice by an overlap is two.
     */
    public List<Instant> starts(Duration step, Duration duration) {
        LocalDateTime stop = hours.endOn(clock.date());
        List<Instant> starts = new ArrayList<>();
        for (LocalDateTime local = hours.startOn(clock.date()); local.isBefore(stop); local = local.plus(step)) {
            Instant earliest = clock.earliestShowing(local);
            if (earliest == null) {
                continue;
            }
            if (earliest.plus(duration).isAfter(sessionsEndBy)) {
                break;
            }
            starts.add(earliest);
            Instant later = clock.laterShowing(local);
            if (later != null && !later.plus(duration).isAfter(sessionsEndBy)) {
                starts.add(later);
            }
        }
        return starts;
    }

    /** Whether a session from {@code start} to {@code end} lies within these hours (across midnight where they go on). */
    public boolean covers(Instant start, Instant end) {
        return !start.isBefore(opens) && start.isBefore(closes) && !end.isAfter(sessionsEndBy);
    }
}
