package com.buildappswith.booking.notification.model;

import java.util.Objects;

/**
 * A mail server did not take a message. The message is a short text for the admin's outbox page (the server's
 * reply, or what went wrong on the way), never a stack trace.
 */
public class MailNotSentException extends Exception {

    /** Why the mail did not go: decides whether trying again can help. */
    public enum Reason {
        /** No mail server could be reached (down, refused the connection, timed out, refused the sign-in). */
        UNREACHABLE,
        /** The server was reached but answered with a temporary failure (4xx) or the connection broke. */
        TEMPORARY,
        /** The server refused this recipient or this message for good (5xx): the same message would fail again. */
        REFUSED
    }

    private final Reason reason;

    public MailNotSentException(Reason reason, String message) {
        super(Objects.requireNonNull(message, "A message is required."));
        this.reason = Objects.requireNonNull(reason, "A reason is required.");
    }

    public Reason reason() {
        return reason;
    }
}
