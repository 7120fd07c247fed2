package com.buildappswith.booking.notification.model;

import java.time.ZoneId;
import java.util.Objects;

/** Who a notice goes to: their account (when they have one), address, name and the zone they read times in. */
public record Recipient(Long accountId, String email, String name, ZoneId zone) {

    public Recipient {
        Objects.requireNonNull(email, "The email address is required.");
        Objects.requireNonNull(name, "The name is required.");
        Objects.requireNonNull(zone, "The zone is required.");
        name = name.length() <= 120 ? name : name.substring(0, 119) + "…";
    }
}
