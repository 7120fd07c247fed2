package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.OutboxQueue;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.function.Function;

/**
 * The container transactions of {@link OutboxCourier}: each call runs in a new one, committed when the work returns
 * and rolled back when it throws.
 */
@Stateless
@PermitAll
public class OutboxTransactions implements OutboxWork.Transactions {

    @Inject
    private OutboxQueue queue;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inTransaction(Function<OutboxWork, T> work) {
        return work.apply(new OutboxWork(queue));
    }
}
