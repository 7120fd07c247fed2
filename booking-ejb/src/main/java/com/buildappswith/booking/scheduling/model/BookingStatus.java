package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a booking stands in its lifecycle. A paid session is HELD while the client pays and CONFIRMED once paid; a
 * free one is CONFIRMED at once. A confirmed session ends COMPLETED, cancelled by either side, or as a NO_SHOW. A
 * hold that runs out becomes EXPIRED, yet a payment arriving late may still confirm it if the slot is free. An admin
 * may cancel a hold on the builder's side (CANCELLED_BY_BUILDER: the client did nothing wrong); a client who lets
 * their own hold go makes it EXPIRED, as abandoning the checkout does.
 */
public enum BookingStatus {

    HELD, CONFIRMED, CANCELLED_BY_CLIENT, CANCELLED_BY_BUILDER, EXPIRED, COMPLETED, NO_SHOW;

    /** The status a new booking starts in. */
    public static BookingStatus onBooking(boolean paymentRequired) {
        return paymentRequired ? HELD : CONFIRMED;
    }

    public boolean canBecome(BookingStatus target) {
        Objects.requireNonNull(target, "Target status is required.");
        return switch (this) {
            case HELD -> target == CONFIRMED || target == EXPIRED || target == CANCELLED_BY_BUILDER;
            case EXPIRED -> target == CONFIRMED;
            case CONFIRMED -> target == COMPLETED || target == CANCELLED_BY_CLIENT || target == CANCELLED_BY_BUILDER
                    || target == NO_SHOW;
            case CANCELLED_BY_CLIENT, CANCELLED_BY_BUILDER, COMPLETED, NO_SHOW -> false;
        };
    }

    /** Whether nothing can happen to the booking any more: it was cancelled, took place, or was missed. */
    public boolean isClosed() {
        return this == CANCELLED_BY_CLIENT || this == CANCELLED_BY_BUILDER || this == COMPLETED || this == NO_SHOW;
    }

    /** Whether the booking is still under way; whether it keeps its slot right now is {@link #occupiesSlotAt}. */
    public boolean isActive() {
        return this == HELD || this == CONFIRMED;
    }

    /**
     * Whether the booking keeps its slot from others at {@code now}. A hold does so only until it expires, even
     * before the job that marks it EXPIRED has run, so a lapsed hold never blocks a paying client.
     *
     * @param holdExpiresAt when the hold lapses; required for HELD and ignored otherwise
     */
    public boolean occupiesSlotAt(Instant now, Instant holdExpiresAt) {
        Objects.requireNonNull(now, "Now is required.");
        return switch (this) {
            case CONFIRMED -> true;
            case HELD -> now.isBefore(Objects.requireNonNull(holdExpiresAt, "Hold expiry is required."));
            case CANCELLED_BY_CLIENT, CANCELLED_BY_BUILDER, EXPIRED, COMPLETED, NO_SHOW -> false;
        };
    }

    /**
     * The status as people should see it at {@code now}: a hold whose time ran out is EXPIRED, even before the job
     * that marks it so has run.
     *
     * @param holdExpiresAt when the hold lapses; required for HELD and ignored otherwise
     */
    public BookingStatus seenAt(Instant now, Instant holdExpiresAt) {
        return this == HELD && !occupiesSlotAt(now, holdExpiresAt) ? EXPIRED : this;
    }
}
