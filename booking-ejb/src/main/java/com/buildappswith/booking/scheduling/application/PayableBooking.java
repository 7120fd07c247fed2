package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * What the payment domain needs of a booking to take its money: who pays, for what, how much, and until when the
 * slot is held for them.
 *
 * @param clientPrincipal the name the client signs in with, to tell their own bookings from anyone else's
 * @param builderPrincipal the name the builder signs in with, who may see the payment too
 * @param price           the price agreed when booked; empty for a free session
 * @param status          the status as stored (a lapsed hold may still read HELD until marked)
 */
public record PayableBooking(long bookingId, long builderId, String builderName, String sessionTypeName,
                             String clientPrincipal, String clientEmail, String builderPrincipal,
                             Optional<Money> price, BookingStatus status, Optional<Instant> holdExpiresAt) {

    static PayableBooking of(Booking booking) {
        return new PayableBooking(booking.id(), booking.builder().id(), booking.builder().displayName(),
                booking.sessionType().name(), booking.client().principalName(), booking.client().email(),
                booking.builder().account().principalName(), booking.price(), booking.status(),
                booking.holdExpiresAt());
    }

    /** The line item a checkout shows: the session type and the builder. */
    public String itemName() {
        return sessionTypeName + " with " + builderName;
    }

    /** Whether it is HELD and its hold has not lapsed at {@code now}. */
    public boolean isHeldAt(Instant now) {
        return status == BookingStatus.HELD && status.occupiesSlotAt(now, holdExpiresAt.orElse(null));
    }

    /** Whether {@code principalName} is its client or its builder: nobody else may see its payment. */
    public boolean isSeenBy(String principalName) {
        return clientPrincipal.equals(principalName) || builderPrincipal.equals(principalName);
    }
}
