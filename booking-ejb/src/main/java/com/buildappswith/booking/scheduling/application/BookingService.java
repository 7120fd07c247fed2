package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The signed-in client's bookings: booking a slot (one transaction, see {@link SlotBooker} for how it never
 * oversells) and reading their own bookings back.
 */
@Stateless
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
public class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class.getName());

    @Inject
    private EntityManager entityManager;

    @Inject
    private AvailabilityCache availabilityCache;

    @Inject
    private CallerAccounts callers;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.CLIENT)
    public BookingView bookSlot(BookingRequest request) {
        BookingView booking = new SlotBooker(entityManager, clock, BookingLimits.DEFAULTS, availabilityCache)
                .book(context.getCallerPrincipal().getName(), request);
        LOG.fine(() -> "Booking " + booking.id() + " " + booking.status() + " for builder " + booking.builderId());
        return booking;
    }

    @RolesAllowed(Roles.CLIENT)
    public Optional<BookingView> mine(long bookingId) {
        Account client = caller();
        return Optional.ofNullable(entityManager.find(Booking.class, bookingId))
                .filter(booking -> booking.client().id().equals(client.id())
                        || booking.builder().account().id().equals(client.id()))
                .map(BookingView::of);
    }

    /** The caller's own bookings (as client) that start in the window, earliest first. */
    @RolesAllowed(Roles.CLIENT)
    public List<BookingView> mineBetween(Instant from, Instant until) {
        return entityManager.createQuery("""
                        select b from Booking b
                        where b.client = :client and b.startsAt >= :from and b.startsAt < :until
                        order by b.startsAt""", Booking.class)
                .setParameter("client", caller())
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .map(BookingView::of)
                .toList();
    }

    private Account caller() {
        return callers.requireCaller(context);
    }
}
