package com.buildappswith.booking.scheduling.model;

/**
 * Why a client may not book one more session, with the sentence they read, and whether a moment ago it might have
 * been allowed (a limit used up by a booking in another tab) or never could be (a second session at one time).
 */
public enum LimitRefusal {

    TOO_MANY_UPCOMING("You already have as many upcoming sessions as one client may hold; "
            + "you can book again once one has taken place or been cancelled."),
    TOO_MANY_WITH_BUILDER("You already have as many upcoming sessions with this builder as one client may hold; "
            + "you can book again once one has taken place or been cancelled."),
    OVERLAPS_OWN_SESSION("You already have a session at that time; choose a time when you are free.", false),
    WITH_ONESELF("You cannot book a session with yourself.", false),
    TOO_MANY_HOLDS("You already have as many sessions waiting for payment as one client may hold at once; pay for "
            + "one of them, or let its hold lapse, before holding another.", false),
    HOLD_LAPSED_RECENTLY("You held this time before and let the hold lapse without paying, so you cannot hold the "
            + "same time again yet; please choose another time.", false);

    private final String message;
    private final boolean usedUp;

    LimitRefusal(String message) {
        this(message, true);
    }

    LimitRefusal(String message, boolean usedUp) {
        this.message = message;
        this.usedUp = usedUp;
    }

    /** True when the limit was used up (a conflict), false when the request could never be met. */
    public boolean isUsedUp() {
        return usedUp;
    }

    public String message() {
        return message;
    }
}
