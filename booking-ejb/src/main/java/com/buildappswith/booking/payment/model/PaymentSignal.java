package com.buildappswith.booking.payment.model;

import java.util.Optional;

/** What the provider says happened to a checkout's money, whichever event or answer said it. */
public enum PaymentSignal {

    /** The money arrived. */
    PAID,
    /** The checkout completed with a method whose money arrives later, or fails. */
    AWAITING,
    /** The slow method failed: no money comes. */
    FAILED,
    /** The checkout closed unpaid. */
    EXPIRED;

    /** What an event says of the checkout's money; empty for a refund event. */
    public static Optional<PaymentSignal> of(PaymentEvent.Kind kind) {
        return switch (kind) {
            case CHECKOUT_PAID, ASYNC_PAYMENT_SUCCEEDED -> Optional.of(PAID);
            case CHECKOUT_AWAITING_PAYMENT -> Optional.of(AWAITING);
            case ASYNC_PAYMENT_FAILED -> Optional.of(FAILED);
            case CHECKOUT_EXPIRED -> Optional.of(EXPIRED);
            case REFUND_UPDATED -> Optional.empty();
        };
    }

    /** What the provider's answer about a checkout says of its money; empty while it is still open. */
    public static Optional<PaymentSignal> of(CheckoutState state) {
        return switch (state.status()) {
            case OPEN -> Optional.empty();
            case COMPLETE -> Optional.of(state.paid() ? PAID : AWAITING);
            case EXPIRED -> Optional.of(EXPIRED);
        };
    }
}
