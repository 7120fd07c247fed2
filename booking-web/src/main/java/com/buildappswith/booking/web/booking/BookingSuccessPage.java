package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.policy.application.TermsView;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.web.PageIds;
import com.buildappswith.booking.web.account.CurrentUser;
import com.buildappswith.booking.web.manage.TermsWords;
import com.buildappswith.booking.web.payment.BookingOutcome;
import com.buildappswith.booking.web.payment.PaymentWords;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * What was booked, shown in the client's zone and in the builder's, and where its payment stands; only the two
 * parties may see it. This is where a checkout returns to: the payment is checked with the provider on the server
 * (the address proves nothing), and while it is not settled the page updates itself until it is.
 */
@Named
@ViewScoped
public class BookingSuccessPage implements Serializable {

    @Inject
    private BookingWizard wizard;

    @Inject
    private Payments payments;

    @Inject
    private CurrentUser currentUser;

    /** Only for the terms the booking was made under, which the confirmation repeats. */
    @Inject
    private BookingManagement management;

    @Inject
    private Clock clock;

    private String builderId;
    private String bookingId;
    private BookingView booking;
    private PaymentView payment;
    private TermsView terms;

    public void load() throws IOException {
        if (booking != null) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<Long> id = PageIds.parse(bookingId);
        if (id.isPresent() && !currentUser.isSignedIn()) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next=" + URLEncoder.encode(
                    BookingLinks.success(PageIds.parse(builderId).orElse(null), id.get()), StandardCharsets.UTF_8));
            return;
        }
        booking = id.flatMap(wizard::mine).orElse(null);
        if (booking == null) {
            // Said by the page itself: the container's error page, dispatched from inside this forwarded Faces
            // request, makes Mojarra look for a view "errors/404" and log a warning.
            external.setResponseStatus(404);
            return;
        }
        terms = management.details(booking.id()).terms();
        payment = payments.ofBooking(booking.id())
                .map(known -> known.status().isUnsettled() ? payments.confirmReturn(booking.id()) : known)
                .orElse(null);
        if (payment != null) {
            booking = wizard.mine(booking.id()).orElse(booking);
        }
    }

    /**
     * Reads the booking and its payment again, as the page's poll does while the payment is unsettled: what the
     * provider's event changed meanwhile, without asking the provider each time.
     */
    public void refresh() {
        wizard.mine(booking.id()).ifPresent(now -> booking = now);
        payments.ofBooking(booking.id()).ifPresent(now -> payment = now);
    }

    /** The terms the booking was made under, in the client's zone: until when it may be cancelled and moved. */
    public String getTerms() {
        return TermsWords.summary(terms, booking.clientStart().getZone(), clock.instant());
    }

    /** The page's title: the outcome's heading, or that there is no such booking. */
    public String getTitle() {
        return booking == null ? "Not found" : getOutcome().heading();
    }

    public BookingOutcome getOutcome() {
        return BookingOutcome.of(booking.status(), getPayment().map(PaymentView::status));
    }

    /** The payment's status in words. */
    public String getPaymentStatus() {
        return payment == null ? "" : PaymentWords.status(payment.status());
    }

    public boolean isRefunded() {
        return payment != null && !payment.refunded().isZero();
    }

    /** Where the client pays, while the checkout is open; null otherwise. */
    public String getCheckoutUrl() {
        return payment == null ? null : payment.checkoutUrl().map(Object::toString).orElse(null);
    }

    public Optional<PaymentView> getPayment() {
        return Optional.ofNullable(payment);
    }

    public BookingView getBooking() {
        return booking;
    }

    public String getBuilderId() {
        return builderId;
    }

    public void setBuilderId(String builderId) {
        this.builderId = builderId;
    }

    public String getBookingId() {
        return bookingId;
    }

    public void setBookingId(String bookingId) {
        this.bookingId = bookingId;
    }
}
