package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.shared.Money;

import java.util.Optional;

/**
 * A session type as its builder manages it: everything clients see plus the rules, whether it is offered, and the
 * cancellation policy chosen for its bookings.
 *
 * @param policyId empty for the site default
 */
public record OwnSessionTypeView(long id, String name, String description, Optional<Money> price, SlotRules rules,
                                 boolean active, Optional<Long> policyId) {

    static OwnSessionTypeView of(SessionType type) {
        return new OwnSessionTypeView(type.id(), type.name(), type.description(), type.price(), type.slotRules(),
                type.isActive(), type.policyId());
    }

    public boolean isFree() {
        return price.isEmpty();
    }
}
