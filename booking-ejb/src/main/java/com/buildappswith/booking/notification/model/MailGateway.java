package com.buildappswith.booking.notification.model;

import java.util.Optional;

/**
 * Where the outbox's mail goes: an SMTP server, or nowhere when none is configured (then the messages wait in the
 * outbox, and the admin console shows them).
 */
public interface MailGateway {

    /** The mail server, as the log names it; empty when there is none and nothing may be sent. */
    Optional<String> server();

    /**
     * Opens a connection to the mail server; the first message sent through it connects.
     *
     * @throws IllegalStateException when there is no mail server
     */
    Connection open();

    /** One conversation with the mail server, for several messages in a row. */
    interface Connection extends AutoCloseable {

        /**
         * Hands one message to the server: when it returns, the server has accepted it. After a broken connection
         * the next call connects again.
         */
        void send(OutgoingMail mail) throws MailNotSentException;

        @Override
        void close();
    }
}
