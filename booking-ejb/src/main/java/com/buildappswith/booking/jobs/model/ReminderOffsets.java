package com.buildappswith.booking.jobs.model;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long before a session its reminders go out: the late (last) one always, and an early one before it when two
 * are configured (24 h and 1 h by default).
 */
public record ReminderOffsets(Optional<Duration> early, Duration late) {

    public ReminderOffsets {
        Objects.requireNonNull(early, "The early offset, or none, is required.");
        Objects.requireNonNull(late, "The late offset is required.");
        if (late.isZero() || late.isNegative()) {
            throw new IllegalArgumentException("A reminder must go out some time before the start.");
        }
        if (early.isPresent() && early.get().compareTo(late) <= 0) {
            throw new IllegalArgumentException("The early reminder must come before the late one.");
        }
    }

    /** One offset (the late reminder alone) or two (early and late, in either order). */
    public static ReminderOffsets of(List<Duration> offsets) {
        if (offsets.isEmpty() || offsets.size() > 2) {
            throw new IllegalArgumentException("Give one or two reminder offsets.");
        }
        List<Duration> longestFirst = offsets.stream().sorted(Comparator.reverseOrder()).toList();
        if (longestFirst.size() == 2 && longestFirst.get(0).equals(longestFirst.get(1))) {
            throw new IllegalArgumentException("The two reminder offsets must differ.");
        }
        return longestFirst.size() == 1 ? new ReminderOffsets(Optional.empty(), longestFirst.get(0))
                : new ReminderOffsets(Optional.of(longestFirst.get(0)), longestFirst.get(1));
    }

    /** The furthest before a start that any reminder is due. */
    public Duration furthest() {
        return early.orElse(late);
    }
}
