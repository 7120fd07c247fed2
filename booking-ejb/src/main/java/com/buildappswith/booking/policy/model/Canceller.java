package com.buildappswith.booking.policy.model;

/**
 * Who cancels a booking. Only a client's cancellation is bound by the terms; when the builder or an admin cancels,
 * the client did nothing wrong and gets everything back.
 */
public enum Canceller {
    CLIENT, BUILDER, ADMIN;

    public boolean refundsInFull() {
        return this != CLIENT;
    }
}
