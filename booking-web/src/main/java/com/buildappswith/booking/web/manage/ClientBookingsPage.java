package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.ClientBookings;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * The client's dashboard on {@code /booking/manage}: upcoming sessions (soonest first) and past ones (latest first)
 * with their status, time in the viewer's zone and the builder's, payment and refunds, the actions allowed now and
 * why the others are not, and under past sessions the builder's outcome note.
 */
@Named
@ViewScoped
public class ClientBookingsPage implements Serializable {

    @Inject
    private BookingManagement management;

    private final ViewerZone viewerZone = new ViewerZone();
    private ClientBookings bookings;

    public void load() {
        if (bookings == null) {
            bookings = management.myBookings();
        }
    }

    /** Times are shown again in the zone just chosen (or detected by the browser). */
    public void refresh() {
        bookings = management.myBookings();
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

    private String firstBookedZone() {
        return bookings == null ? "UTC" : bookings.upcoming().stream().findFirst()
                .or(() -> bookings.past().stream().findFirst())
                .map(view -> view.clientZone().getId()).orElse("UTC");
    }
}
