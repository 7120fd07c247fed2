package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.DeliveryRetry;
import com.buildappswith.booking.notification.model.MailGateway;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.lang.management.ManagementFactory;
import java.time.Clock;

/**
 * Sending the outbox's due mail: the entry point of the {@code outbox} job. Thin: {@link OutboxCourier} holds the
 * steps. It runs outside any container transaction on purpose: the claim and each outcome get short transactions of
 * their own, and the mail server is talked to between them, never while a row is locked.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

    /** This server process, as the outbox's claims name it ("pid@host"). */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    private OutboxWork.Transactions transactions;

    @Inject
    private MailGateway gateway;

    @Inject
    private DeliveryRetry retry;

    @Inject
    private Clock clock;

    private OutboxCourier courier;

    @PostConstruct
    void prepare() {
        courier = new OutboxCourier(transactions, gateway, retry, NODE, clock, OutboxCourier.CLAIM);
    }

    /** Sends up to {@code max} due messages; see {@link OutboxCourier#deliverDue}. */
    public DeliveryTally deliverDue(int max) {
        return courier.deliverDue(max);
    }
}
