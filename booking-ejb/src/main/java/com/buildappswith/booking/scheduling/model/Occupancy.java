package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.buildappswith.booking.scheduling.model.SortedInstants.countAtOrBefore;

/**
 * How much of a session type's capacity a builder's existing bookings use over any stretch of time. Starts and ends
 * are sorted separately: how many bookings hold an instant is how many started by then minus how many ended by
 * then, which answers each question with a few binary searches instead of a pass over every booking.
 */
final class Occupancy {

    private final int capacity;
    private final Instant[] sameStarts;
    private final Instant[] sameEnds;
    private final Instant[] otherStarts;
    private final Instant[] otherEnds;

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
        if (countAtOrBefore(otherEnds, from) < countBefore(otherStarts, until)) {
            return 0;
        }
        // The count only rises where a booking starts, so the peak is at the window's start or at one of those.
        int peak = heldAt(from);
        for (int i = countAtOrBefore(sameStarts, from); i < sameStarts.length && sameStarts[i].isBefore(until); i++) {
            peak = Math.max(peak, heldAt(sameStarts[i]));
        }
        return Math.max(0, capacity - peak);
    }

    private int heldAt(Instant at) {
        return countAtOrBefore(sameStarts, at) - countAtOrBefore(sameEnds, at);
    }

    private static int countBefore(Instant[] sorted, Instant at) {
        return countAtOrBefore(sorted, at.minusNanos(1));
    }

    private static Instant[] sorted(List<BusyInterval> busy, Function<BusyInterval, Instant> end) {
        Instant[] instants = busy.stream().map(end).toArray(Instant[]::new);
        Arrays.sort(instants);
        return instants;
    }
}
