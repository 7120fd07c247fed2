package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.BuilderView;

import java.util.List;

/**
 * A client's own bookings: those still to come or under way (soonest first), those past or closed (latest
 * first), and the listed builders they booked before, for booking again.
 */
public record ClientBookings(List<ManagedBookingView> upcoming, List<ManagedBookingView> past,
                             List<BuilderView> bookedBefore) {
}
