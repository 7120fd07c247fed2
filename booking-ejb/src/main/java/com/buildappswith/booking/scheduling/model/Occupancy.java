package com.buildappswith.booking.scheduling.model;

import java.util.Arrays;
import java.util.List;

import static com.buildappswith.booking.scheduling.model.EpochNanos.countAtOrBefore;

/**
 * How a builder's existing bookings leave room for one more client in a session instance. Seats belong to one
 * instance, a session type at one start: a client may join an instance of the searched type while it has seats left,
 * but any other booking whose time (with its buffers) meets the candidate's (with the searched type's buffers) takes
 * the builder away from it altogether, because the builder runs one session at a time.
 * <p>
 * Starts and ends are sorted separately, so how many bookings meet a stretch of time is how many began before it
 * ends minus how many ended by the time it starts: each question costs a few binary searches, not a pass over every
 * booking. Times are {@link EpochNanos}.
 */
final class Occupancy {

    private final int capacity;
    private final long[] occupiedFroms;
    private final long[] occupiedUntils;
    private final long[] sameTypeStarts;

    Occupancy(List<BusyInterval> busy, int capacity) {
        this.capacity = capacity;
        occupiedFroms = new long[busy.size()];
        occupiedUntils = new long[busy.size()];
        long[] starts = new long[busy.size()];
        int sameType = 0;
        for (int i = 0; i < busy.size(); i++) {
            BusyInterval interval = busy.get(i);
            occupiedFroms[i] = EpochNanos.of(interval.occupiedFrom());
            occupiedUntils[i] = EpochNanos.of(interval.occupiedUntil());
            if (interval.sameSessionType()) {
                starts[sameType++] = EpochNanos.of(interval.start());
            }
        }
        sameTypeStarts = Arrays.copyOf(starts, sameType);
        Arrays.sort(occupiedFroms);
        Arrays.sort(occupiedUntils);
        Arrays.sort(sameTypeStarts);
    }

    /**
     * Seats left for one more client in the instance starting at {@code start} that takes the builder over
     * {@code [from, until)} (its session widened by its buffers): capacity minus the clients already in that
     * instance, or none when any other booking meets that time.
     */
    int remainingFor(long start, long from, long until) {
        int seatsTaken = seatsTakenAt(start);
        // Every booking of this very instance meets its own time, so any beyond those is another session.
        int meeting = countAtOrBefore(occupiedFroms, until - 1) - countAtOrBefore(occupiedUntils, from);
        if (meeting > seatsTaken) {
            return 0;
        }
        return Math.max(0, capacity - seatsTaken);
    }

    /**
     * Whether a session of the searched type starting at {@code start} would open a new instance on a day (from
     * {@code dayStart} to {@code dayEnd}) that already has {@code dailyCap} instances of the type, however many
     * clients each: on such a day a client may still join one of them, but no new one opens.
     */
    boolean opensInstanceBeyond(int dailyCap, long start, long dayStart, long dayEnd) {
        return seatsTakenAt(start) == 0 && instancesBetween(dayStart, dayEnd) >= dailyCap;
    }

    private int instancesBetween(long from, long until) {
        int first = countAtOrBefore(sameTypeStarts, from - 1);
        int end = countAtOrBefore(sameTypeStarts, until - 1);
        int instances = 0;
        for (int i = first; i < end; i++) {
            if (i == first || sameTypeStarts[i] != sameTypeStarts[i - 1]) {
                instances++;
            }
        }
        return instances;
    }

    private int seatsTakenAt(long start) {
        return countAtOrBefore(sameTypeStarts, start) - countAtOrBefore(sameTypeStarts, start - 1);
    }
}
