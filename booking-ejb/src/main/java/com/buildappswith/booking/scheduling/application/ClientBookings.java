package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.shared.Page;

import java.util.List;

/**
 * A client's own bookings, a page of each list read from the database: those still to come or under way (soonest
 * first), those past or closed (latest first); and the listed builders they booked before (the latest first, at most
 * {@link #MAX_BOOKED_BEFORE}), for booking again.
 */
public record ClientBookings(Page<ManagedBookingView> upcomingPage, Page<ManagedBookingView> pastPage,
                             List<BuilderView> bookedBefore) {

    /** What the dashboard shows of each list at once. */
    public static final int PAGE_SIZE = 20;

    /** More builders than this to book again is a directory, which the site has already. */
    public static final int MAX_BOOKED_BEFORE = 20;

    public ClientBookings {
        bookedBefore = List.copyOf(bookedBefore);
    }

    /** The upcoming bookings on this page. */
    public List<ManagedBookingView> upcoming() {
        return upcomingPage.items();
    }

    /** The past bookings on this page. */
    public List<ManagedBookingView> past() {
        return pastPage.items();
    }
}
