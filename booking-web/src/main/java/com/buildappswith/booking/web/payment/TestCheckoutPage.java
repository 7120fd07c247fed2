package com.buildappswith.booking.web.payment;

import com.buildappswith.booking.payment.application.TestCheckout;
import com.buildappswith.booking.payment.application.TestCheckoutView;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/**
 * {@code /payments/test-checkout?session=...}: the test mode's stand-in for a provider's hosted checkout, where the
 * person testing chooses how the payment ends. Not found (404, saying so) unless the application runs in test mode
 * and the session is one of its checkouts.
 */
@Named
@ViewScoped
public class TestCheckoutPage implements Serializable {

    @Inject
    private TestCheckout testCheckout;

    private String sessionId;
    private TestCheckoutView checkout;
    private String declined;
    private String notFound;

    public void load() throws IOException {
        if (checkout != null) {
            return;
        }
        try {
            checkout = testCheckout.view(sessionId);
        } catch (DomainException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
            // The page itself says so, in the refusal's words, rather than the site's page for unknown addresses.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            notFound = e.getMessage();
        }
    }

    /** Pays, as the provider would report a completed checkout, and returns to the booking's result page. */
    public void pay() throws IOException {
        leave(() -> testCheckout.pay(sessionId));
    }

    /** A declined card charges nothing and changes nothing: the hold lapses when it would have. */
    public void decline() {
        try {
            declined = testCheckout.decline(sessionId);
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        checkout = testCheckout.view(sessionId);
    }

    /** Leaves the checkout unpaid, for the page that releases the slot. */
    public void abandon() throws IOException {
        leave(() -> testCheckout.abandon(sessionId));
    }

    /** Goes where the checkout leads next; if it cannot (it closed meanwhile), stays and says why. */
    private void leave(Supplier<URI> next) throws IOException {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(next.get().toString());
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
            checkout = testCheckout.view(sessionId);
        }
    }

    /** Whether the checkout can still be paid: open, and the slot still held. */
    public boolean isOpen() {
        return checkout.payable();
    }

    /** Whether the checkout was completed (paid, or its money on its way): nothing more to pay. */
    public boolean isComplete() {
        return checkout.status() == PaymentStatus.PAID || checkout.status() == PaymentStatus.AWAITING_PAYMENT;
    }

    /** Until when the slot is held, in the zone its client booked in. */
    public ZonedDateTime getHoldExpiresAt() {
        return checkout.holdExpiresAt().atZone(checkout.clientZone());
    }

    /** Why there is no checkout to show (not test mode, or no such session); null when there is one. */
    public String getNotFound() {
        return notFound;
    }

    public TestCheckoutView getCheckout() {
        return checkout;
    }

    /** What the declined card said, once one was tried; null before. */
    public String getDeclined() {
        return declined;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }
}
