package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.shared.Money;

import java.util.Optional;

/** A session type as its builder manages it: everything clients see plus the rules and whether it is offered. */
public record OwnSessionTypeView(long id, String name, String description, Optional<Money> price, SlotRules rules,
                                 boolean active) {

    static OwnSessionTypeView of(SessionType type) {
        return new OwnSessionTypeView(type.id(), type.name(), type.description(), type.price(), type.slotRules(),
                type.isActive());
    }

    public boolean isFree() {
        return price.isEmpty();
    }
}
