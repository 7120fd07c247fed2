package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.model.PaymentRepository;
import com.buildappswith.booking.payment.model.RefundSettled;
import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.scheduling.application.BookingSettlement;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.function.Function;

/**
 * The container transactions of {@link PaymentProcess}: each call runs in a new one, committed when the work
 * returns and rolled back when it throws. Its repositories work through the transaction's entity manager, and a
 * refund that settles fires {@link RefundSettled} synchronously inside it.
 */
@Stateless
@PermitAll
public class PaymentTransactions implements PaymentWork.Transactions {

    @Inject
    private PaymentRepository payments;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ScheduleOwnerRepository owners;

    @Inject
    private BookingRepository bookings;

    @Inject
    private Clock clock;

    @Inject
    private Event<RefundSettled> refundsSettled;

    private PaymentWork work;

    @PostConstruct
    void prepare() {
        work = new PaymentWork(payments, new BookingSettlement(accounts, owners, bookings, clock),
                refundsSettled::fire);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inTransaction(Function<PaymentWork, T> work) {
        return work.apply(this.work);
    }
}
