package com.buildappswith.booking.scheduling.model;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a session type asks of the calendar: how long a session lasts, the builder's own time kept free around it,
 * how far ahead it can be booked, on which grid it starts and how many clients share one slot.
 *
 * @param minimumNotice how long before its start a session can still be booked
 * @param horizon       how far ahead of now a session can start at the latest
 * @param step          the spacing of offered starts, counted in wall-clock time from the start of the builder's
 *                      hours
 * @param capacity      how many clients one session takes (1 for a one-to-one call)
 * @param maxPerDay     how many sessions of this type the builder takes on one of their local days, if limited
 */
public record SlotRules(Duration duration, Duration bufferBefore, Duration bufferAfter, Duration minimumNotice,
                        Duration horizon, Duration step, int capacity, OptionalInt maxPerDay) {

    /** Finer steps would offer starts no one asks for and make one search walk millions of candidates. */
    public static final Duration SHORTEST_STEP = Duration.ofMinutes(1);
    /** Keeps every booking's occupied time within a bound, which lets overlap queries use an index range. */
    public static final Duration LONGEST_BUFFER = Duration.ofHours(4);

    public SlotRules {
        Objects.requireNonNull(duration, "Duration is required.");
        Objects.requireNonNull(bufferBefore, "Buffer before is required.");
        Objects.requireNonNull(bufferAfter, "Buffer after is required.");
        Objects.requireNonNull(minimumNotice, "Minimum notice is required.");
        Objects.requireNonNull(horizon, "Booking horizon is required.");
        Objects.requireNonNull(step, "Slot step is required.");
        Objects.requireNonNull(maxPerDay, "Maximum per day is required (empty for no limit).");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A session must last some time.");
        }
        if (bufferBefore.isNegative() || bufferAfter.isNegative()) {
            throw new IllegalArgumentException("A buffer cannot be negative.");
        }
        if (bufferBefore.compareTo(LONGEST_BUFFER) > 0 || bufferAfter.compareTo(LONGEST_BUFFER) > 0) {
            throw new IllegalArgumentException("A buffer is at most " + LONGEST_BUFFER.toMinutes() + " minutes.");
        }
        if (minimumNotice.isNegative()) {
            throw new IllegalArgumentException("Minimum notice cannot be negative.");
        }
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("The booking horizon must reach into the future.");
        }
        if (step.compareTo(SHORTEST_STEP) < 0) {
            throw new IllegalArgumentException("Slots must start at least a minute apart.");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("A session takes at least one client.");
        }
        if (maxPerDay.isPresent() && maxPerDay.getAsInt() < 1) {
            throw new IllegalArgumentException("A daily limit must allow at least one session.");
        }
    }
}
