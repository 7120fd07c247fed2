package com.buildappswith.booking.payment.application;

/**
 * A client let go of a held booking whose checkout was open, in a transaction that then committed: the checkout is to
 * be closed at the provider (see {@link RefundRequests}).
 */
public record CheckoutLetGo(String checkoutSessionId) {
}
