package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.Page;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Managing bookings once made: the client's and the builder's dashboards, the admin search, a booking's details
 * and timeline, cancelling under the terms it was made with (the refund through the payment domain), moving it to
 * another free slot, and the builder's record of how a session went. A booking the caller is no party to (and, for
 * an admin, one that does not exist) is a {@link BookingNotFoundException} everywhere.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
public class BookingManagement {

    private static final String BEING_BUILT = "Booking management is being built (issue 13).";

    /** The caller's bookings as a client. */
    @RolesAllowed(Roles.CLIENT)
    public ClientBookings myBookings() {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /** The bookings with the calling builder that pass {@code filter}, soonest first. */
    @RolesAllowed(Roles.BUILDER)
    public Page<ManagedBookingView> builderBookings(BookingFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /** Every booking that passes {@code filter}, latest start first, paged in the database. */
    @RolesAllowed(Roles.ADMIN)
    public Page<ManagedBookingView> search(BookingFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /** A booking of the caller's (as client or builder; any booking for an admin) with its terms and timeline. */
    @RolesAllowed({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
    public BookingDetails details(long bookingId) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /**
     * What cancelling as {@code canceller} would do now; the caller must be the booking's client for CLIENT, its
     * builder for BUILDER, an admin for ADMIN (anything else: not found).
     */
    @RolesAllowed({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
    public CancellationPreview previewCancellation(long bookingId, Canceller canceller) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /**
     * Cancels as {@code canceller} (see {@link #previewCancellation}), frees the slot at once, and owes the refund
     * the preview named in the same transaction; the provider is asked after the commit and, if it fails, again
     * until it answers. A builder or an admin must give a reason.
     *
     * @throws BookingRefusedException when it cannot be cancelled now, saying why
     */
    @RolesAllowed({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
    public ManagedBookingView cancel(long bookingId, Canceller canceller, String reason) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /**
     * The free slots the caller's booking could move to, on the viewer's dates {@code from} to {@code to}: the
     * booking's own session type, with its own interval counted as free.
     */
    @RolesAllowed(Roles.CLIENT)
    public List<SlotView> rescheduleSlots(long bookingId, LocalDate from, LocalDate to, ZoneId viewerZone) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /**
     * Moves the caller's booking to {@code newStart} with the same locks, limits and database guarantee as a new
     * booking; it keeps its id, payment and terms, and its history keeps the old time.
     *
     * @throws BookingRefusedException past the reschedule deadline, after the last allowed move, or when the slot
     *         is not free (a conflict when someone took it first); nothing moved then
     */
    @RolesAllowed(Roles.CLIENT)
    public ManagedBookingView reschedule(long bookingId, Instant newStart) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }

    /** The calling builder records how a session that ended went, with a note the client sees. */
    @RolesAllowed(Roles.BUILDER)
    public ManagedBookingView recordOutcome(long bookingId, SessionOutcome outcome, String note) {
        throw new UnsupportedOperationException(BEING_BUILT);
    }
}
