package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A session that can be booked: when it starts and ends (the session itself, without buffers) and how many more
 * clients it takes. Instants are the truth; a zone only matters when the slot is shown to someone.
 */
public record Slot(Instant start, Instant end, int remainingCapacity) {

    public Slot {
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A slot must start before it ends: " + start + "-" + end + ".");
        }
        if (remainingCapacity < 1) {
            throw new IllegalArgumentException("A slot on offer has room for at least one more client.");
        }
    }

    public ZonedDateTime startIn(ZoneId zone) {
        return start.atZone(zone);
    }

    public ZonedDateTime endIn(ZoneId zone) {
        return end.atZone(zone);
    }
}
