package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static com.buildappswith.booking.scheduling.model.EpochNanos.countAtOrBefore;

/**
 * How a builder's existing bookings leave room for one more client in a session instance. Seats belong to one
 * instance, a session type at one start: a client may join an instance of the searched type while it has seats left,
 * but any other booking whose time (with its buffers) meets the candidate's (with the searched type's buffers) takes
 * the builder away from it altogether, because the builder runs one session at a time.
 * <p>
 * Starts and ends are sorted separately, so how many bookings meet a stretch of time is how many began before it
 * ends minus how many ended by the time it starts: each question costs a few binary searches, not a pass over every
 * booking.
 */
final class Occupancy {

    private final int capacity;
    private final long[] occupiedFroms;
    private final long[] occupiedUntils;
    private final long[] sameTypeStarts;

    Occupancy(List<BusyInterval> busy, int capacity) {
        this.capacity = capacity;
        occupiedFroms = sorted(busy, BusyInterval::occupiedFrom);
        occupiedUntils = sorted(busy, BusyInterval::occupiedUntil);
        sameTypeStarts = sorted(busy.stream().filter(BusyInterval::sameSessionType).toList(), BusyInterval::start);
    }

    /**
     * Seats left for one more client in the instance starting at {@code start} that takes the builder over
     * {@code [from, until)} (its session widened by its buffers): capacity minus the clients already in that
     * instance, or none when any other booking meets that time.
     */
    int remainingFor(Instant start, Instant from, Instant until) {
        int seatsTaken = seatsTakenAt(EpochNanos.of(start));
        // Every booking of this very instance meets its own time, so any beyond those is another session.
        int meeting = countAtOrBefore(occupiedFroms, EpochNanos.of(until) - 1)
                - countAtOrBefore(occupiedUntils, EpochNanos.of(from));
        if (meeting > seatsTaken) {
            return 0;
        }
        return Math.max(0, capacity - seatsTaken);
    }

    private int seatsTakenAt(long start) {
        return countAtOrBefore(sameTypeStarts, start) - countAtOrBefore(sameTypeStarts, start - 1);
    }

    private static long[] sorted(List<BusyInterval> busy, Function<BusyInterval, Instant> end) {
        long[] nanos = busy.stream().map(end).mapToLong(EpochNanos::of).toArray();
        Arrays.sort(nanos);
        return nanos;
    }
}
