package com.buildappswith.booking.notification.model;

import java.util.Objects;

/** A notice in words: the email's subject and its two bodies, and the line shown in the app. */
public record ComposedNotice(String subject, String textBody, String htmlBody, String inAppText) {

    public ComposedNotice {
        Objects.requireNonNull(subject, "The subject is required.");
        Objects.requireNonNull(textBody, "The text body is required.");
        Objects.requireNonNull(htmlBody, "The HTML body is required.");
        Objects.requireNonNull(inAppText, "The in-app text is required.");
    }
}
