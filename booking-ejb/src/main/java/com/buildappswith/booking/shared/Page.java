package com.buildappswith.booking.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer result, with the total so a pager can show how many pages there are. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item turned into another shape, such as an entity into its view. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), total, offset, limit);
    }

    /** Keeps paging parameters from a request within sane bounds. */
    public static int boundedLimit(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
