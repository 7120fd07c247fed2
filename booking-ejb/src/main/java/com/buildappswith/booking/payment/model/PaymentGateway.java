package com.buildappswith.booking.payment.model;

/**
 * A payment provider as the application needs it: open a hosted checkout for one booking, look at it, close it
 * before it can be paid, and refund. Stripe in production; an offline test mode, labelled as such on every page,
 * when no keys are configured. Every call is made outside the database transaction, so a slow provider never keeps
 * a lock.
 *
 * @see PaymentEvent for what the provider reports back
 */
public interface PaymentGateway {

    /** The provider's name, stored with each payment ("stripe", "test"). */
    String provider();

    /** Whether this gateway moves no real money: every payment page then says so. */
    boolean isTestMode();

    /**
     * Opens a checkout for one booking. The same {@link CheckoutRequest#idempotencyKey()} returns the same checkout,
     * so a retried click never opens two.
     *
     * @throws PaymentProviderException when the provider refused or could not be reached
     */
    CheckoutSession openCheckout(CheckoutRequest request);

    /**
     * What the provider says of a checkout now.
     *
     * @throws PaymentProviderException when the provider refused or could not be reached
     */
    CheckoutState checkout(String checkoutSessionId);

    /**
     * Closes an open checkout so that it can no longer be paid, and says where it stands then: a checkout that was
     * completed a moment earlier stays completed, and its payment is then applied as a late one.
     *
     * @throws PaymentProviderException when the provider refused or could not be reached
     */
    CheckoutState expireCheckout(String checkoutSessionId);

    /**
     * Refunds part or all of a payment. The same {@link RefundRequest#idempotencyKey()} never refunds twice.
     *
     * @throws PaymentProviderException when the provider refused or could not be reached; the refund stays pending
     */
    RefundOutcome refund(RefundRequest request);
}
