package com.buildappswith.booking.container;

import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.notification.model.OutboxMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Reads a booking's outbox messages and notifications in a transaction of its own, for the in-container tests. */
@Stateless
@PermitAll
public class NoticeRows {

    @Inject
    private EntityManager entityManager;

    public List<OutboxMessage> outboxOf(long bookingId) {
        return entityManager.createQuery("select m from OutboxMessage m where m.bookingId = :booking order by m.id",
                        OutboxMessage.class)
                .setParameter("booking", bookingId)
                .getResultList();
    }

    public List<Notification> notificationsOf(long bookingId) {
        return entityManager.createQuery("select n from Notification n where n.bookingId = :booking order by n.id",
                        Notification.class)
                .setParameter("booking", bookingId)
                .getResultList();
    }
}
