package com.buildappswith.booking.scheduling.application;

import java.util.Objects;

/**
 * The answer to a booking request: the booking as its client sees it, and whether the request repeated an earlier one
 * under the same {@link com.buildappswith.booking.scheduling.model.IdempotencyKey} (then it booked nothing new, and
 * the booking is the one the first request made, as it stands now).
 */
public record NewBooking(BookingDetails details, boolean repeated) {

    public NewBooking {
        Objects.requireNonNull(details, "The booking's details are required.");
    }
}
