package com.buildappswith.booking.payment.application;

/**
 * A refund was written in a transaction that then committed: the provider is to be asked for it (see
 * {@link RefundRequests}).
 */
public record RefundOwed(long refundId) {
}
