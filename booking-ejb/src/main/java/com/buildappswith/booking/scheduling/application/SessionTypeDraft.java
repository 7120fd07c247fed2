package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A session type as the builder fills it in, to create or to revise: how it is described, what it costs (empty
 * when free), how it uses the calendar (whose duration is the session's length), whether it is offered, and the
 * cancellation policy its bookings get (empty for the site default).
 */
public record SessionTypeDraft(String name, String description, Optional<Money> price, SlotRules rules,
                               boolean active, Optional<Long> policyId) {

    public SessionTypeDraft {
        Objects.requireNonNull(name, "Name is required.");
        Objects.requireNonNull(description, "Description is required.");
        Objects.requireNonNull(price, "Price is required (empty when free).");
        Objects.requireNonNull(rules, "Slot rules are required.");
        Objects.requireNonNull(policyId, "The policy is required (empty for the site default).");
    }

    /** A new type of {@code builder}'s as drafted; the model refuses a broken rule with IllegalArgumentException. */
    SessionType newFor(BuilderProfile builder) {
        return applyTo(new SessionType(builder, name, description, rules.duration(), price.orElse(null)));
    }

    /** Revises {@code type} to the draft; the model refuses a broken rule with IllegalArgumentException. */
    SessionType applyTo(SessionType type) {
        type.describe(name, description);
        type.changeDuration(rules.duration());
        type.changePrice(price.orElse(null));
        type.scheduleWith(rules);
        type.changeActive(active);
        type.choosePolicy(policyId);
        return type;
    }
}
