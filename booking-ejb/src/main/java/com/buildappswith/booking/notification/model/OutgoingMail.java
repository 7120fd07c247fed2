package com.buildappswith.booking.notification.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a mail gateway needs to send one outbox message, read from it while it was claimed: the sending happens
 * outside any transaction, where the entity is no longer managed.
 */
public record OutgoingMail(long outboxId, String messageId, String recipientEmail, String recipientName,
                           String subject, String textBody, String htmlBody, Optional<CalendarInvite> invite) {

    public OutgoingMail {
        Objects.requireNonNull(messageId, "The Message-ID is required.");
        Objects.requireNonNull(recipientEmail, "The recipient's address is required.");
        Objects.requireNonNull(recipientName, "The recipient's name is required.");
        Objects.requireNonNull(subject, "The subject is required.");
        Objects.requireNonNull(textBody, "The text body is required.");
        Objects.requireNonNull(htmlBody, "The HTML body is required.");
        Objects.requireNonNull(invite, "The invite is required (or empty).");
    }

    public static OutgoingMail of(OutboxMessage message) {
        return new OutgoingMail(message.id(), message.messageId(), message.recipientEmail(), message.recipientName(),
                message.subject(), message.textBody(), message.htmlBody(), message.invite());
    }
}
