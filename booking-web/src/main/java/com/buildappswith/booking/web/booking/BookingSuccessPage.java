package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.web.account.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What was booked, shown in the client's zone and in the builder's; only the two parties may see it. */
@Named
@RequestScoped
public class BookingSuccessPage {

    @Inject
    private BookingWizard wizard;

    @Inject
    private CurrentUser currentUser;

    private Long builderId;
    private Long bookingId;
    private BookingView booking;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!currentUser.isSignedIn()) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next=" + URLEncoder.encode(
                    BookingLinks.success(builderId, bookingId), StandardCharsets.UTF_8));
            return;
        }
        booking = bookingId == null ? null : wizard.mine(bookingId).orElse(null);
        if (booking == null) {
            external.responseSendError(404, "No such booking");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public boolean isPaymentPending() {
        return booking.status() == BookingStatus.HELD;
    }

    public BookingView getBooking() {
        return booking;
    }

    public Long getBuilderId() {
        return builderId;
    }

    public void setBuilderId(Long builderId) {
        this.builderId = builderId;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public void setBookingId(Long bookingId) {
        this.bookingId = bookingId;
    }
}
