package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.buildappswith.booking.scheduling.model.EpochNanos.countAtOrBefore;

/**
 * How much of a session type's capacity a builder's existing bookings use over any stretch of time. Starts and ends
 * are sorted separately: how many bookings hold an instant is how many started by then minus how many ended by
 * then, which answers each question with a few binary searches instead of a pass over every booking.
 */
final class Occupancy {

    private final int capacity;
    private final long[] sameStarts;
    private final long[] sameEnds;
    private final long[] otherStarts;
    private final long[] otherEnds;

    Occupancy(List<BusyInterval> busy, int capacity) {
        this.capacity = capacity;
        Map<Boolean, List<BusyInterval>> bySameType = busy.stream()
                .collect(Collectors.partitioningBy(BusyInterval::sameSessionType));
        sameStarts = sorted(bySameType.get(true), BusyInterval::occupiedFrom);
        sameEnds = sorted(bySameType.get(true), BusyInterval::occupiedUntil);
        otherStarts = sorted(bySameType.get(false), BusyInterval::occupiedFrom);
        otherEnds = sorted(bySameType.get(false), BusyInterval::occupiedUntil);
    }

    /**
     * Room left for one more client over {@code [from, until)}: capacity minus the most bookings of this type that
     * hold any single instant of it, and none at all when a booking of another type is there, because the builder
     * cannot run two kinds of session at once.
     */
    int remainingDuring(Instant from, Instant until) {
        long start = EpochNanos.of(from);
        long end = EpochNanos.of(until);
        if (countAtOrBefore(otherEnds, start) < countAtOrBefore(otherStarts, end - 1)) {
            return 0;
        }
        // The count only rises where a booking starts, so the peak is at the window's start or at one of those.
        int peak = heldAt(start);
        for (int i = countAtOrBefore(sameStarts, start); i < sameStarts.length && sameStarts[i] < end; i++) {
            peak = Math.max(peak, heldAt(sameStarts[i]));
        }
        return Math.max(0, capacity - peak);
    }

    private int heldAt(long at) {
        return countAtOrBefore(sameStarts, at) - countAtOrBefore(sameEnds, at);
    }

    private static long[] sorted(List<BusyInterval> busy, Function<BusyInterval, Instant> end) {
        long[] nanos = busy.stream().map(end).mapToLong(EpochNanos::of).toArray();
        Arrays.sort(nanos);
        return nanos;
    }
}
