package com.buildappswith.booking.scheduling.model;

/** Why a client may not book one more session, with the sentence they read. */
public enum LimitRefusal {

    TOO_MANY_UPCOMING("You already have as many upcoming sessions as one client may hold; "
            + "you can book again once one has taken place or been cancelled."),
    TOO_MANY_WITH_BUILDER("You already have as many upcoming sessions with this builder as one client may hold; "
            + "you can book again once one has taken place or been cancelled.");

    private final String message;

    LimitRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
