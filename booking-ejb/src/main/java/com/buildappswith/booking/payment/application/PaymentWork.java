package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.model.PaymentRepository;
import com.buildappswith.booking.payment.model.RefundSettled;
import com.buildappswith.booking.scheduling.application.BookingSettlement;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What one transaction of the payment process works with: the payments, the bookings they pay for, and where a
 * refund that reached its end is announced, inside the same transaction (a CDI event in the server, so that its
 * observers' writes commit or roll back with it).
 */
public record PaymentWork(PaymentRepository payments, BookingSettlement bookings,
                          Consumer<RefundSettled> refundsSettled) {

    public PaymentWork {
        Objects.requireNonNull(payments, "A payment repository is required.");
        Objects.requireNonNull(bookings, "The booking settlement is required.");
        Objects.requireNonNull(refundsSettled, "Where settled refunds are announced is required.");
    }

    /**
     * Runs work in a transaction of its own, committed when it returns and rolled back when it throws: a container
     * transaction in the server, a resource-local one in the database tests.
     */
    public interface Transactions {
        <T> T inTransaction(Function<PaymentWork, T> work);
    }
}
