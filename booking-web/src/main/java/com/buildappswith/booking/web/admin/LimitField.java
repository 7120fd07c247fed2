package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.policy.model.SiteLimits;

import java.util.Optional;

/**
 * Each number of the limits form with the bounds the database keeps (V7's checks, {@link SiteLimits}) and what the
 * admin is told beside the field when it is missing or out of them.
 */
public enum LimitField {
    MAX_UPCOMING(1, SiteLimits.MAX_UPCOMING, "Enter how many upcoming bookings a client may have.",
            "Allow at least 1.", "At most 1000."),
    MAX_UPCOMING_WITH_BUILDER(1, SiteLimits.MAX_UPCOMING,
            "Enter how many upcoming bookings a client may have with one builder.", "Allow at least 1.",
            "At most 1000."),
    HOLDS_PER_CLIENT(1, SiteLimits.MAX_HOLDS, "Enter how many unpaid holds a client may have at once.",
            "Allow at least 1.", "At most 100."),
    HOLD_COOL_DOWN_HOURS(0, SiteLimits.MAX_COOL_DOWN_HOURS,
            "Enter the hours before a client may hold the same slot again (0 for none).",
            "The cool-down cannot be negative.", "At most a year (8760 hours)."),
    HOLD_MINUTES(1, SiteLimits.MAX_HOLD_MINUTES, "Enter how many minutes a slot is held while the client pays.",
            "A hold lasts at least 1 minute.", "A hold lasts at most a day (1440 minutes).");

    private final int min;
    private final int max;
    private final String missing;
    private final String tooLow;
    private final String tooHigh;

    LimitField(int min, int max, String missing, String tooLow, String tooHigh) {
        this.min = min;
        this.max = max;
        this.missing = missing;
        this.tooLow = tooLow;
        this.tooHigh = tooHigh;
    }

    /** What is wrong with {@code value} typed in this field, if anything. */
    Optional<String> problemWith(Integer value) {
        if (value == null) {
            return Optional.of(missing);
        }
        if (value < min) {
            return Optional.of(tooLow);
        }
        return value > max ? Optional.of(tooHigh) : Optional.empty();
    }
}
