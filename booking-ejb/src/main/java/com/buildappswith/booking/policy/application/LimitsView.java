package com.buildappswith.booking.policy.application;

/**
 * The booking limits in force on this node now.
 *
 * @param setByAdmin false while no admin saved limits: each node then applies its environment's settings (or the
 *                   built-in defaults)
 * @param version    what a save must name
 */
public record LimitsView(int maxUpcoming, int maxUpcomingWithBuilder, int holdsPerClient, int holdCoolDownHours,
                         int holdMinutes, boolean setByAdmin, long version) {
}
