package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.ClientBookings;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;
import com.buildappswith.booking.web.ListPager;
import com.buildappswith.booking.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The client's dashboard on {@code /booking/manage}: upcoming sessions (soonest first) and past ones (latest first),
 * twenty of each a page, read a page at a time from the database ({@code ?upcoming=2&past=3}), with their status,
 * time in the viewer's zone and the builder's, payment and refunds, the actions allowed now and why the others are
 * not, and under past sessions the builder's outcome note.
 */
@Named
@ViewScoped
public class ClientBookingsPage implements Serializable {

    @Inject
    private BookingManagement management;

    private final ViewerZone viewerZone = new ViewerZone();
    private final ListPager upcomingPager = new ListPager("upcoming sessions", ClientBookings.PAGE_SIZE);
    private final ListPager pastPager = new ListPager("past sessions", ClientBookings.PAGE_SIZE);
    private String upcomingPage;
    private String pastPage;
    private ClientBookings bookings;

    public void load() {
        if (bookings != null) {
            return;
        }
        upcomingPager.request(upcomingPage).ifPresent(problem -> Messages.error(null, problem));
        pastPager.request(pastPage).ifPresent(problem -> Messages.error(null, problem));
        refresh();
        Optional<String> upcomingMoved = upcomingPager.read(bookings.upcomingPage());
        Optional<String> pastMoved = pastPager.read(bookings.pastPage());
        upcomingMoved.ifPresent(problem -> Messages.error(null, problem));
        pastMoved.ifPresent(problem -> Messages.error(null, problem));
        if (upcomingMoved.isPresent() || pastMoved.isPresent()) {
            refresh();
        }
    }

    /** Reads the pages shown again, as when times are to be shown in the zone just chosen (or detected). */
    public void refresh() {
        bookings = management.myBookings(upcomingPager.offset(), pastPager.offset(), ClientBookings.PAGE_SIZE);
    }

    public List<BookingRow> getUpcoming() {
        return rows(bookings.upcoming());
    }

    public List<BookingRow> getPast() {
        return rows(bookings.past());
    }

    public List<BuilderView> getBookedBefore() {
        return bookings.bookedBefore();
    }

    public ListPager getUpcomingPager() {
        return upcomingPager;
    }

    public ListPager getPastPager() {
        return pastPager;
    }

    private List<BookingRow> rows(List<ManagedBookingView> views) {
        ZoneId zone = ZoneId.of(getTimezone());
        return views.stream().map(view -> new BookingRow(view, zone)).toList();
    }

    public String getTimezone() {
        return viewerZone.isChosen() ? viewerZone.getTimezone() : firstBookedZone();
    }

    public void setTimezone(String timezone) {
        viewerZone.setTimezone(timezone);
    }

    /** Whether the zone came from the address or the person: the browser's detection then leaves it alone. */
    public boolean isTimezoneChosen() {
        return viewerZone.isChosen();
    }

    /** The page of upcoming sessions asked for in the address, as typed. */
    public String getUpcomingPage() {
        return upcomingPage;
    }

    public void setUpcomingPage(String upcomingPage) {
        this.upcomingPage = upcomingPage;
    }

    /** The page of past sessions asked for in the address, as typed. */
    public String getPastPage() {
        return pastPage;
    }

    public void setPastPage(String pastPage) {
        this.pastPage = pastPage;
    }

    private String firstBookedZone() {
        return bookings == null ? "UTC" : bookings.upcoming().stream().findFirst()
                .or(() -> bookings.past().stream().findFirst())
                .map(view -> view.clientZone().getId()).orElse("UTC");
    }
}
