package com.buildappswith.booking.scheduling.model;

import java.time.Instant;

/**
 * Instants as nanoseconds since the epoch, so that the finder's thousands of comparisons per search are sorted and
 * searched as primitive longs. A long reaches from 1677 to 2262; instants beyond are clamped to its ends, which
 * only ever matters for "forever" markers and keeps them before or after every real booking.
 */
final class EpochNanos {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long LAST_SECOND = Long.MAX_VALUE / NANOS_PER_SECOND - 1;

    private EpochNanos() {
    }

    static long of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds > LAST_SECOND) {
            return Long.MAX_VALUE;
        }
        if (seconds < -LAST_SECOND) {
            return Long.MIN_VALUE;
        }
        return seconds * NANOS_PER_SECOND + instant.getNano();
    }

    static Instant toInstant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    /** How many of the sorted values are at or before {@code at}; equally, the index of the first one after it. */
    static int countAtOrBefore(long[] sorted, long at) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] > at) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
