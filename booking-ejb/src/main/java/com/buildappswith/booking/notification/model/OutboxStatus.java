package com.buildappswith.booking.notification.model;

/** Where an outbox message is on its way to the recipient. */
public enum OutboxStatus {
    /** Waiting for its next attempt (the first one, or a retry after a failed one). */
    PENDING,
    SENT,
    /** Given up after the last attempt; an admin can send it again. */
    FAILED
}
