package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.MailGateway;

import java.util.Optional;

/** No mail server is configured (the embedded default): nothing is sent, and the outbox keeps every message. */
public final class NoMailServer implements MailGateway {

    @Override
    public Optional<String> server() {
        return Optional.empty();
    }

    @Override
    public Connection open() {
        throw new IllegalStateException("No mail server is configured: nothing can be sent.");
    }
}
