package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.Slot;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A free slot as the viewer sees it: instants, the same in the viewer's zone, and the places left. */
public record SlotView(Instant start, Instant end, ZonedDateTime localStart, ZonedDateTime localEnd,
                       int remainingCapacity) {

    static SlotView of(Slot slot, ZoneId viewer) {
        return new SlotView(slot.start(), slot.end(), slot.startIn(viewer), slot.endIn(viewer),
                slot.remainingCapacity());
    }
}
