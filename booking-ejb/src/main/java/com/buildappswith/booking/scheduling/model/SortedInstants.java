package com.buildappswith.booking.scheduling.model;

import java.time.Instant;

/** Binary search over a sorted array of instants, the one question the finder asks thousands of times a search. */
final class SortedInstants {

    private SortedInstants() {
    }

    /** How many of the sorted instants are at or before {@code at}; equally, the index of the first one after it. */
    static int countAtOrBefore(Instant[] sorted, Instant at) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle].isAfter(at)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
