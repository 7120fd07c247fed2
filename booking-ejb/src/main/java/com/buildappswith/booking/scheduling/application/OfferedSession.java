package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.shared.Money;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A session type to create: name, description, duration and price (empty when free). */
public record OfferedSession(String name, String description, Duration duration, Optional<Money> price) {

    public OfferedSession {
        Objects.requireNonNull(name, "Name is required.");
        Objects.requireNonNull(description, "Description is required.");
        Objects.requireNonNull(duration, "Duration is required.");
        Objects.requireNonNull(price, "Price is required (empty when free).");
    }
}
