package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.payment.model.Payment;
import com.buildappswith.booking.payment.model.PaymentRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The test mode's view of its checkouts in a transaction of its own: the gateway is called between the payment
 * process's transactions, like a real provider, never inside one.
 */
@Stateless
@PermitAll
public class TestModeRows implements TestModeGateway.PaymentRows {

    @Inject
    private PaymentRepository payments;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Payment> byCheckoutSession(String checkoutSessionId) {
        return payments.byCheckoutSession(checkoutSessionId);
    }
}
