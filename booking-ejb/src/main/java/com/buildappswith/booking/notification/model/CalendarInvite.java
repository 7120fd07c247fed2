package com.buildappswith.booking.notification.model;

import java.util.Objects;

/** A calendar invite as sent: its iTIP method and the iCalendar text (RFC 5545). */
public record CalendarInvite(IcsMethod method, String text) {

    public CalendarInvite {
        Objects.requireNonNull(method, "The method is required.");
        Objects.requireNonNull(text, "The calendar text is required.");
    }
}
