package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.shared.Money;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What the notices need to know of a booking's money, read from the payment domain in the caller's transaction
 * ({@code Payments} in the server, its ledger outside it).
 */
public interface PaymentFacts {

    /** The booking's payment, if it has one. */
    Optional<PaymentView> paymentOf(long bookingId);

    /** What is owed back to its client and not paid out yet (a refund the cancellation just owed included). */
    Optional<Money> refundOnItsWay(long bookingId);

    /** The facts from the payment domain's reads of its payments' summaries and of refunds on their way. */
    static PaymentFacts of(Function<Collection<Long>, Map<Long, PaymentView>> summaries,
                           LongFunction<Optional<Money>> refundsOnTheirWay) {
        return new PaymentFacts() {
            @Override
            public Optional<PaymentView> paymentOf(long bookingId) {
                return Optional.ofNullable(summaries.apply(List.of(bookingId)).get(bookingId));
            }

            @Override
            public Optional<Money> refundOnItsWay(long bookingId) {
                return refundsOnTheirWay.apply(bookingId);
            }
        };
    }
}
