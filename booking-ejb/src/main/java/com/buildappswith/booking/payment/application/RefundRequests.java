package com.buildappswith.booking.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks the provider for a refund once the transaction that owed it has committed, never while its locks are held.
 * Should that fail, the refund stays pending and the payment sweep asks again; a cancellation that rolled back owes
 * nothing and asks nothing. Likewise closes the checkout of a hold its client let go, once that has committed, so
 * that it can no longer be paid (a payment made through it before then is refunded as a late one).
 */
@ApplicationScoped
public class RefundRequests {

    private static final Logger LOG = Logger.getLogger(RefundRequests.class.getName());

    @Inject
    private Payments payments;

    void request(@Observes(during = TransactionPhase.AFTER_SUCCESS) RefundOwed owed) {
        try {
            payments.requestRefund(owed.refundId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refund " + owed.refundId() + " could not be asked for now; the payment sweep "
                    + "asks again.", e);
        }
    }

    void close(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckoutLetGo letGo) {
        try {
            payments.closeCheckout(letGo.checkoutSessionId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checkout " + letGo.checkoutSessionId() + " could not be closed now; a payment "
                    + "made through it is refunded as a late one.", e);
        }
    }
}
