package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.OutboxStatus;

import java.time.Instant;
import java.util.Optional;

/** One outbox message as a line of the admin's list: to whom, about what, and how its delivery stands. */
public record OutboxMessageView(long id, NoticeKind kind, Optional<Long> bookingId, String recipientName,
                                String recipientEmail, String subject, OutboxStatus status, int attempts,
                                Instant createdAt, Instant nextAttemptAt, Optional<Instant> sentAt,
                                Optional<String> lastError) {

    static OutboxMessageView of(OutboxMessage message) {
        return new OutboxMessageView(message.id(), message.kind(), message.bookingId(), message.recipientName(),
                message.recipientEmail(), message.subject(), message.status(), message.attempts(),
                message.createdAt(), message.nextAttemptAt(), message.sentAt(), message.lastError());
    }

    /** Whether an admin may send it again now: it has not been sent. */
    public boolean retryable() {
        return status != OutboxStatus.SENT;
    }
}
