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

    /*
     * The bounds of every rule, here once: the form, the API and the CSV import all make their rules through this
     * constructor, and the form's field checks name these same numbers.
     */
    public static final int SHORTEST_SESSION_MINUTES = 5;
    public static final int LONGEST_SESSION_MINUTES = 480;
    /** Keeps every booking's occupied time within a bound, which lets overlap queries use an index range. */
    public static final int LONGEST_BUFFER_MINUTES = 240;
    public static final int LONGEST_NOTICE_MINUTES = 7 * 24 * 60;
    public static final int LONGEST_HORIZON_DAYS = 365;
    /** Finer steps would offer starts no one asks for and make one search walk many more candidates. */
    public static final int SHORTEST_STEP_MINUTES = 5;
    public static final int LONGEST_STEP_MINUTES = 480;
    public static final int LARGEST_CAPACITY = 100;
    public static final int LARGEST_DAILY_CAP = 100;

    public static final Duration SHORTEST_SESSION = Duration.ofMinutes(SHORTEST_SESSION_MINUTES);
    public static final Duration LONGEST_SESSION = Duration.ofMinutes(LONGEST_SESSION_MINUTES);
    public static final Duration LONGEST_BUFFER = Duration.ofMinutes(LONGEST_BUFFER_MINUTES);

    public SlotRules {
        Objects.requireNonNull(duration, "Duration is required.");
        Objects.requireNonNull(bufferBefore, "Buffer before is required.");
        Objects.requireNonNull(bufferAfter, "Buffer after is required.");
        Objects.requireNonNull(minimumNotice, "Minimum notice is required.");
        Objects.requireNonNull(horizon, "Booking horizon is required.");
        Objects.requireNonNull(step, "Slot step is required.");
        Objects.requireNonNull(maxPerDay, "Maximum per day is required (empty for no limit).");
        if (duration.compareTo(SHORTEST_SESSION) < 0 || duration.compareTo(LONGEST_SESSION) > 0) {
            throw new IllegalArgumentException("A session lasts between " + SHORTEST_SESSION_MINUTES + " and "
                    + LONGEST_SESSION_MINUTES + " minutes.");
        }
        if (bufferBefore.isNegative() || bufferAfter.isNegative()) {
            throw new IllegalArgumentException("A buffer cannot be negative.");
        }
        if (bufferBefore.compareTo(LONGEST_BUFFER) > 0 || bufferAfter.compareTo(LONGEST_BUFFER) > 0) {
            throw new IllegalArgumentException("A buffer is at most " + LONGEST_BUFFER_MINUTES + " minutes.");
        }
        if (minimumNotice.isNegative() || minimumNotice.toMinutes() > LONGEST_NOTICE_MINUTES) {
            throw new IllegalArgumentException("Minimum notice is between 0 and " + LONGEST_NOTICE_MINUTES
                    + " minutes (a week).");
        }
        if (horizon.toDays() < 1 || horizon.toDays() > LONGEST_HORIZON_DAYS
                || !horizon.equals(Duration.ofDays(horizon.toDays()))) {
            throw new IllegalArgumentException("The booking horizon is between 1 and " + LONGEST_HORIZON_DAYS
                    + " whole days.");
        }
        if (step.toMinutes() < SHORTEST_STEP_MINUTES || step.toMinutes() > LONGEST_STEP_MINUTES) {
            throw new IllegalArgumentException("Slots start between " + SHORTEST_STEP_MINUTES + " and "
                    + LONGEST_STEP_MINUTES + " minutes apart.");
        }
        if (capacity < 1 || capacity > LARGEST_CAPACITY) {
            throw new IllegalArgumentException("A session takes between 1 and " + LARGEST_CAPACITY + " clients.");
        }
        if (maxPerDay.isPresent() && (maxPerDay.getAsInt() < 1 || maxPerDay.getAsInt() > LARGEST_DAILY_CAP)) {
            throw new IllegalArgumentException("A daily limit allows between 1 and " + LARGEST_DAILY_CAP
                    + " sessions.");
        }
    }
}
