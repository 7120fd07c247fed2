package com.buildappswith.booking.policy.application;

/** Booking limits as an admin typed them; checked when saved. */
public record LimitsDraft(int maxUpcoming, int maxUpcomingWithBuilder, int holdsPerClient, int holdCoolDownHours,
                          int holdMinutes) {
}
