package com.buildappswith.booking.web;

import java.util.Optional;

/**
 * Ids in a page's query string, read by the page rather than by a Faces converter: a converter that fails skips the
 * page's {@code f:viewAction}, and the page would then render without what it loads. A malformed id is simply no
 * id, which the page answers as "not found".
 */
public final class PageIds {

    private PageIds() {
    }

    /** The positive whole number in {@code text}; empty for anything else. */
    public static Optional<Long> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 19) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
