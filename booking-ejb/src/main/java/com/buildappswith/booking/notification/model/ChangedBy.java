package com.buildappswith.booking.notification.model;

import java.util.Objects;

/**
 * Who made a booking change, as its notices tell it: one of the parties, an admin, or the application itself (a
 * job, the payment provider's events), told apart by the actor the booking's history records.
 */
public enum ChangedBy {
    CLIENT, BUILDER, ADMIN, SYSTEM;

    /**
     * People act under their sign-in name; the application's own actors ("system", "payment") have no "@", so an
     * actor with one who is neither party is an admin.
     */
    public static ChangedBy of(String actor, String clientPrincipal, String builderPrincipal) {
        Objects.requireNonNull(actor, "The actor is required.");
        if (actor.equals(clientPrincipal)) {
            return CLIENT;
        }
        if (actor.equals(builderPrincipal)) {
            return BUILDER;
        }
        return actor.contains("@") ? ADMIN : SYSTEM;
    }
}
