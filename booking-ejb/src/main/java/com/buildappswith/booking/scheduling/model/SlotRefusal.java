package com.buildappswith.booking.scheduling.model;

/** Why a requested start cannot be booked, with the sentence a client reads. */
public enum SlotRefusal {

    IN_PAST("That time has already passed."),
    INSIDE_NOTICE("That time is too soon: this session has to be booked further ahead."),
    BEYOND_HORIZON("That time is too far ahead: this session cannot be booked that early yet."),
    OUTSIDE_AVAILABILITY("The builder is not available at that time."),
    OFF_GRID("Sessions do not start at that time; please pick one of the offered times."),
    DAY_FULL("The builder takes no more sessions of this kind that day."),
    TAKEN("That time has just been taken; please pick another.");

    private final String message;

    SlotRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** Whether the start was fine a moment ago and someone else was first: the slot or the day's last session. */
    public boolean isLostRace() {
        return this == TAKEN || this == DAY_FULL;
    }
}
