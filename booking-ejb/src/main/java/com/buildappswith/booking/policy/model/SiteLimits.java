package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;

/**
 * The booking limits of the whole site, as plain numbers: how many upcoming bookings one client may have (with
 * anyone, and with one builder), how many unpaid holds at once, how long after a lapsed hold the same client may
 * hold that slot again, and how long a hold lasts. An admin stores them in the console; until then each node
 * applies its environment's settings, or the built-in defaults. The bounds are the database's (V7).
 *
 * @param maxUpcoming            upcoming bookings of one client with anyone, 1 to 1000
 * @param maxUpcomingWithBuilder upcoming bookings of one client with one builder, 1 to {@code maxUpcoming}
 * @param holdsPerClient         unpaid holds of one client at once, 1 to 100
 * @param holdCoolDownHours      hours before a client may hold a slot again after their hold on it lapsed, 0 to 8760
 * @param holdMinutes            how long a paid session's slot is held while the client pays, 1 to 1440
 */
public record SiteLimits(int maxUpcoming, int maxUpcomingWithBuilder, int holdsPerClient, int holdCoolDownHours,
                         int holdMinutes) {

    public static final int MAX_UPCOMING = 1000;
    public static final int MAX_HOLDS = 100;
    /** A year: a longer cool-down is a typing mistake. */
    public static final int MAX_COOL_DOWN_HOURS = 8760;
    /** A day: longer than any checkout a provider keeps open (Stripe: 24 hours), so nothing could pay it. */
    public static final int MAX_HOLD_MINUTES = 1440;

    /** The limits when neither an admin nor the environment sets any. */
    public static final SiteLimits BUILT_IN = new SiteLimits(10, 3, 2, 24, 15);

    public SiteLimits {
        within("upcoming bookings per client", maxUpcoming, 1, MAX_UPCOMING);
        within("upcoming bookings per client with one builder", maxUpcomingWithBuilder, 1, maxUpcoming);
        within("unpaid holds per client", holdsPerClient, 1, MAX_HOLDS);
        within("hours before a lapsed hold may be held again", holdCoolDownHours, 0, MAX_COOL_DOWN_HOURS);
        within("minutes a hold lasts", holdMinutes, 1, MAX_HOLD_MINUTES);
    }

    private static void within(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidLimitsException("The " + what + " must be from " + min + " to " + max + ", not " + value
                    + ".");
        }
    }

    /**
     * The limits a node applies while no admin stored any: the environment's hold settings
     * ({@code BOOKING_HOLDS_PER_CLIENT}, {@code BOOKING_HOLD_COOL_DOWN_HOURS}, {@code BOOKING_HOLD_MINUTES}), each
     * defaulting to {@link #BUILT_IN}, within the same bounds as the console's.
     *
     * @throws com.buildappswith.booking.shared.InvalidSettingException when one is not a number it can be
     */
    public static SiteLimits ofEnvironment(Settings settings) {
        return new SiteLimits(BUILT_IN.maxUpcoming, BUILT_IN.maxUpcomingWithBuilder,
                settings.count(Setting.HOLDS_PER_CLIENT, 1, MAX_HOLDS, BUILT_IN.holdsPerClient),
                settings.count(Setting.HOLD_COOL_DOWN_HOURS, 0, MAX_COOL_DOWN_HOURS, BUILT_IN.holdCoolDownHours),
                settings.count(Setting.HOLD_MINUTES, 1, MAX_HOLD_MINUTES, BUILT_IN.holdMinutes));
    }

    /** The limits in words, for the audit log: "10 upcoming bookings per client, 3 with one builder, ...". */
    @Override
    public String toString() {
        return maxUpcoming + " upcoming bookings per client, " + maxUpcomingWithBuilder + " with one builder, "
                + holdsPerClient + " unpaid holds at once, " + holdCoolDownHours
                + " h before a lapsed hold may be held again, holds last " + holdMinutes + " min";
    }
}
