package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many upcoming sessions one client may hold at once, so that nobody can corner a builder's calendar or book
 * speculatively everywhere, and never two at once. Only active bookings (HELD or CONFIRMED) count.
 *
 * @param maxUpcoming            across all builders
 * @param maxUpcomingWithBuilder with any one builder; never more than {@code maxUpcoming}
 */
public record BookingLimits(int maxUpcoming, int maxUpcomingWithBuilder) {

    /** The limits everywhere until the admin console makes them configurable. */
    public static final BookingLimits DEFAULTS = new BookingLimits(10, 3);

    public BookingLimits {
        if (maxUpcomingWithBuilder < 1) {
            throw new IllegalArgumentException("A client must be allowed at least one upcoming booking.");
        }
        if (maxUpcomingWithBuilder > maxUpcoming) {
            throw new IllegalArgumentException("The limit with one builder (" + maxUpcomingWithBuilder
                    + ") cannot exceed the overall limit (" + maxUpcoming + ").");
        }
    }

    /**
     * Why the client cannot book a session from {@code start} to {@code end}, or empty if they can, from their
     * bookings that have not ended at {@code now}: they cannot be in two sessions at once, and those that have not
     * started count towards the limits. Bookings that no longer hold their slot (a lapsed hold) count for nothing.
     */
    public Optional<LimitRefusal> refusalFor(List<UpcomingBooking> upcoming, Instant start, Instant end,
                                             Instant now) {
        List<UpcomingBooking> holding = upcoming.stream().filter(booking -> booking.occupiesSlotAt(now)).toList();
        if (holding.stream().anyMatch(booking -> booking.overlaps(start, end))) {
            return Optional.of(LimitRefusal.OVERLAPS_OWN_SESSION);
        }
        List<UpcomingBooking> counted = holding.stream().filter(booking -> booking.start().isAfter(now)).toList();
        int withBuilder = (int) counted.stream().filter(UpcomingBooking::withBuilder).count();
        return refusalFor(counted.size(), withBuilder);
    }

    /**
     * Why the client cannot book one more session, or empty if they can.
     *
     * @param upcoming            the client's active upcoming bookings with anyone
     * @param upcomingWithBuilder those of them with the builder being booked
     */
    public Optional<LimitRefusal> refusalFor(int upcoming, int upcomingWithBuilder) {
        if (upcomingWithBuilder < 0 || upcoming < upcomingWithBuilder) {
            throw new IllegalArgumentException("Upcoming bookings (" + upcoming + ") include those with the builder ("
                    + upcomingWithBuilder + "), and neither can be negative.");
        }
        if (upcoming >= maxUpcoming) {
            return Optional.of(LimitRefusal.TOO_MANY_UPCOMING);
        }
        if (upcomingWithBuilder >= maxUpcomingWithBuilder) {
            return Optional.of(LimitRefusal.TOO_MANY_WITH_BUILDER);
        }
        return Optional.empty();
    }
}
