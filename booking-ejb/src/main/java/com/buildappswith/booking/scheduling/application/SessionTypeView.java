package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.shared.Money;

import java.time.Duration;
import java.util.Optional;

/** A session type as people choosing one see it. */
public record SessionTypeView(long id, long builderId, String name, String description, Duration duration,
                              Optional<Money> price) {

    static SessionTypeView of(SessionType type) {
        return new SessionTypeView(type.id(), type.builder().id(), type.name(), type.description(), type.duration(),
                type.price());
    }

    public boolean isFree() {
        return price.isEmpty();
    }
}
