package com.buildappswith.booking.shared;

import java.util.List;

/** One page of a longer result, with the total so a pager can show how many pages there are. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public Page {
        items = List.copyOf(items);
    }

    /** Keeps paging parameters from a request within sane bounds. */
    public static int boundedLimit(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
