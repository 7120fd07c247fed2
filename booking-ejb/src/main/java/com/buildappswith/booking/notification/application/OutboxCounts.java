package com.buildappswith.booking.notification.application;

/** How many outbox messages wait, went out, and were given up on: the outbox page's header. */
public record OutboxCounts(long pending, long sent, long failed) {

    public long total() {
        return pending + sent + failed;
    }
}
