package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.OutboxQueue;

import java.util.Objects;
import java.util.function.Function;

/** What one transaction of the outbox's delivery works with: the queue of messages. */
public record OutboxWork(OutboxQueue queue) {

    public OutboxWork {
        Objects.requireNonNull(queue, "The outbox queue is required.");
    }

    /**
     * Runs work in a transaction of its own, committed when it returns and rolled back when it throws: a container
     * transaction in the server, a resource-local one in the database tests.
     */
    public interface Transactions {
        <T> T inTransaction(Function<OutboxWork, T> work);
    }
}
