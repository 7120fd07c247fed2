package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.OutboxMessage;

import java.util.Optional;

/** One outbox message whole, as the admin opens it: its line, its Message-ID, both bodies and the invite's text. */
public record OutboxMessageDetails(OutboxMessageView message, String messageId, String textBody, String htmlBody,
                                   Optional<CalendarInvite> invite) {

    static OutboxMessageDetails of(OutboxMessage message) {
        return new OutboxMessageDetails(OutboxMessageView.of(message), message.messageId(), message.textBody(),
                message.htmlBody(), message.invite());
    }
}
