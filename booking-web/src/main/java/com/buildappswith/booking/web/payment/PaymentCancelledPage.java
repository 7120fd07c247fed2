package com.buildappswith.booking.web.payment;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.web.PageIds;
import com.buildappswith.booking.web.account.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /payments/cancelled?booking=...}, where a checkout left unpaid returns to: the client's hold is released at
 * once, so the time is free for anyone again. Someone else's booking is not found; one that was paid meanwhile
 * (the provider completed the checkout just before it was closed) goes to its result page instead.
 */
@Named
@RequestScoped
public class PaymentCancelledPage {

    @Inject
    private Payments payments;

    @Inject
    private BookingWizard wizard;

    @Inject
    private CurrentUser currentUser;

    private String bookingId;
    private BookingView booking;
    private boolean testMode;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<Long> id = PageIds.parse(bookingId);
        if (id.isPresent() && !currentUser.isSignedIn()) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next=" + URLEncoder.encode(
                    "/payments/cancelled?booking=" + id.get(), StandardCharsets.UTF_8));
            return;
        }
        Optional<BookingView> released = id.flatMap(this::release);
        if (released.isEmpty()) {
            // Said by the page itself: the container's error page, dispatched from inside this forwarded Faces
            // request, makes Mojarra look for a view "errors/404" and log a warning.
            external.setResponseStatus(404);
            return;
        }
        booking = released.get();
        if (booking.status() == BookingStatus.CONFIRMED) {
            external.redirect(external.getRequestContextPath() + "/booking/" + booking.builderId()
                    + "/success?booking=" + booking.id());
            return;
        }
        testMode = payments.ofBooking(booking.id()).map(PaymentView::testMode).orElse(false);
    }

    /** Releases the caller's hold on the booking and reads it again; empty when it is not the caller's. */
    private Optional<BookingView> release(long bookingId) {
        try {
            payments.releaseHold(bookingId);
        } catch (DomainException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        return wizard.mine(bookingId);
    }

    public BookingView getBooking() {
        return booking;
    }

    public boolean isTestMode() {
        return testMode;
    }

    public String getBookingId() {
        return bookingId;
    }

    public void setBookingId(String bookingId) {
        this.bookingId = bookingId;
    }
}
