package com.buildappswith.booking.scheduling.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Free slots as a search found them, with the instant before which the same search gives the same answer as long as
 * nothing it reads in the database changes: time alone moves the first slot inside its minimum notice, lets a hold
 * lapse, or (with a horizon shorter than the search) brings new starts within reach. What remembers an answer keys
 * it on the data's version and keeps it only until then.
 *
 * @param unchangedUntil exclusive; {@link Instant#MAX} when time alone never changes the answer
 */
public record FreeSlots(List<SlotView> slots, Instant unchangedUntil) {

    public FreeSlots {
        slots = List.copyOf(slots);
        Objects.requireNonNull(unchangedUntil, "Until when the answer holds is required.");
    }
}
