package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A session type as the builder fills it in, to create or to revise: how it is described, what it costs (empty
 * when free), how it uses the calendar (whose duration is the session's length) and whether it is offered.
 */
public record SessionTypeDraft(String name, String description, Optional<Money> price, SlotRules rules,
                               boolean active) {

    public SessionTypeDraft {
        Objects.requireNonNull(name, "Name is required.");
        Objects.requireNonNull(description, "Description is required.");
        Objects.requireNonNull(price, "Price is required (empty when free).");
        Objects.requireNonNull(rules, "Slot rules are required.");
    }
}
