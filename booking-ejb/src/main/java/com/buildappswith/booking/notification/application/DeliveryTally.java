package com.buildappswith.booking.notification.application;

/**
 * What one run of the outbox's delivery did: how many due messages it claimed, and of those how many the mail server
 * took, how many wait for another attempt and how many were given up. Claimed messages it did not get to (the run's
 * time was up) are in none of the three: their claims lapse and a later run sends them.
 */
public record DeliveryTally(int claimed, int sent, int retrying, int failed) {

    /** Nothing was due, or there is no mail server to send to. */
    public static final DeliveryTally NOTHING = new DeliveryTally(0, 0, 0, 0);

    public DeliveryTally {
        if (claimed < 0 || sent < 0 || retrying < 0 || failed < 0 || sent + retrying + failed > claimed) {
            throw new IllegalArgumentException("Impossible tally: " + claimed + " claimed, " + sent + " sent, "
                    + retrying + " retrying, " + failed + " failed.");
        }
    }

    /** How many of the claimed messages this run settled, one way or the other. */
    public int handled() {
        return sent + retrying + failed;
    }
}
