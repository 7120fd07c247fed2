package com.buildappswith.booking.scheduling.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An existing booking that still holds its builder's time: CONFIRMED, or HELD with its hold not yet expired (see
 * {@link BookingStatus#occupiesSlotAt}). It carries the session's own interval and that booking's own buffers,
 * because a booking of another session type may have other buffers than the type being searched. The builder is
 * taken from {@link #occupiedFrom()} to {@link #occupiedUntil()}; the finder widens each candidate by the searched
 * type's buffers on top, so the preparation before one session never eats into the wrap-up after another.
 *
 * @param sameSessionType whether the booking is of the session type being searched: only those share its
 *                        capacity and count towards its daily cap; any other booking makes the builder busy
 */
public record BusyInterval(Instant start, Instant end, Duration bufferBefore, Duration bufferAfter,
                           boolean sameSessionType) {

    public BusyInterval {
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        Objects.requireNonNull(bufferBefore, "Buffer before is required.");
        Objects.requireNonNull(bufferAfter, "Buffer after is required.");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A booking must start before it ends: " + start + "-" + end + ".");
        }
        if (bufferBefore.isNegative() || bufferAfter.isNegative()) {
            throw new IllegalArgumentException("A buffer cannot be negative.");
        }
    }

    /** A booking whose session type has no buffers. */
    public BusyInterval(Instant start, Instant end, boolean sameSessionType) {
        this(start, end, Duration.ZERO, Duration.ZERO, sameSessionType);
    }

    public Instant occupiedFrom() {
        return start.minus(bufferBefore);
    }

    public Instant occupiedUntil() {
        return end.plus(bufferAfter);
    }
}
