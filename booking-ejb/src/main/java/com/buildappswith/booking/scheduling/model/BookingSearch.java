package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.BuilderProfile;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which bookings a dashboard or the admin search lists, as the database is asked: those of one builder (or of
 * all), starting in {@code [from, until)}, in one status, whose client and builder match a text (part of the name
 * or the email, any letter case). Empty parts do not filter.
 *
 * @param status      the status as people see it at {@code seenAt} (see {@link BookingStatus#seenAt}): a hold that
 *                    lapsed and was not swept yet is EXPIRED, not HELD
 * @param latestFirst whether the latest start comes first (the admin's search) or the soonest (a dashboard)
 * @param seenAt      the moment the statuses are read at
 */
public record BookingSearch(Optional<BuilderProfile> builder, Optional<Instant> from, Optional<Instant> until,
                            Optional<BookingStatus> status, Optional<String> clientText,
                            Optional<String> builderText, boolean latestFirst, Instant seenAt) {

    /** Longer texts match no name or email anyway; the bound keeps odd requests cheap. */
    public static final int MAX_TEXT = 254;

    public BookingSearch {
        Objects.requireNonNull(builder, "Builder, or none, is required.");
        Objects.requireNonNull(from, "From, or none, is required.");
        Objects.requireNonNull(until, "Until, or none, is required.");
        Objects.requireNonNull(status, "Status, or none, is required.");
        Objects.requireNonNull(seenAt, "The moment the statuses are read at is required.");
        clientText = normalized(clientText);
        builderText = normalized(builderText);
    }

    private static Optional<String> normalized(Optional<String> text) {
        return Objects.requireNonNull(text, "Text, or none, is required.")
                .map(String::strip)
                .filter(stripped -> !stripped.isEmpty())
                .map(stripped -> stripped.toLowerCase(Locale.ROOT))
                .map(lower -> lower.length() > MAX_TEXT ? lower.substring(0, MAX_TEXT) : lower);
    }

    /**
     * The text as a LIKE pattern that matches it anywhere, with the pattern's own characters escaped by {@code !}
     * so that a "%" typed in the search box matches a "%", not everything.
     */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
