package com.buildappswith.booking.scheduling.model;

import java.util.List;
import java.util.Objects;

/**
 * Saving a date's hours, as rows: the overrides of that date stored so far, which go, and the rows of the new
 * override, which take their place.
 */
public record DateOverrideChange(List<AvailabilityException> replaced, List<AvailabilityException> added) {

    public DateOverrideChange {
        replaced = List.copyOf(Objects.requireNonNull(replaced, "Replaced rows are required."));
        added = List.copyOf(Objects.requireNonNull(added, "Added rows are required."));
    }
}
