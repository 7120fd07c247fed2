package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.ClientBookings;
import com.buildappswith.booking.web.account.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The {@code /booking} entry: a signed-in client with sessions to come sees those first, with the builders they
 * booked before; everyone else (and they, further down) the directory's search with "Book a session" on each
 * builder, which the page's other bean, the directory's, serves. Nothing on the page posts back, so it keeps nothing
 * between requests (and an anonymous visitor gets no session).
 */
@Named
@RequestScoped
public class BookingEntryPage {

    @Inject
    private BookingManagement management;

    @Inject
    private CurrentUser currentUser;

    private ClientBookings bookings;

    public void load() {
        if (bookings == null && currentUser.isSignedIn()) {
            bookings = management.myBookings();
        }
    }

    /** Whether the page leads with the caller's own sessions to come. */
    public boolean isLeadingWithBookings() {
        return bookings != null && !bookings.upcoming().isEmpty();
    }

    /** The sessions to come, each in the zone it was booked in (the dashboard lets the person choose another). */
    public List<BookingRow> getUpcoming() {
        return bookings.upcoming().stream().map(view -> new BookingRow(view, view.clientZone())).toList();
    }

    public List<BuilderView> getBookedBefore() {
        return bookings == null ? List.of() : bookings.bookedBefore();
    }
}
