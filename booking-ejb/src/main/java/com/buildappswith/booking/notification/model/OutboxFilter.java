package com.buildappswith.booking.notification.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which outbox messages an admin looks at: of one status, to a recipient whose address or name contains some text,
 * about one booking; each part left out matches every message.
 */
public record OutboxFilter(Optional<OutboxStatus> status, Optional<String> recipient, Optional<Long> bookingId) {

    public static final int MAX_RECIPIENT = 254;

    public OutboxFilter {
        Objects.requireNonNull(status, "The status (or its absence) is required.");
        recipient = Objects.requireNonNull(recipient, "The recipient (or its absence) is required.")
                .map(String::strip).filter(text -> !text.isEmpty());
        Objects.requireNonNull(bookingId, "The booking (or its absence) is required.");
        if (recipient.filter(text -> text.length() > MAX_RECIPIENT).isPresent()) {
            throw new IllegalArgumentException("Search for a recipient with at most " + MAX_RECIPIENT + " characters.");
        }
    }

    public static OutboxFilter all() {
        return new OutboxFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static OutboxFilter ofStatus(OutboxStatus status) {
        return new OutboxFilter(Optional.of(status), Optional.empty(), Optional.empty());
    }

    /** The recipient's text as a LIKE pattern in lower case, its own wildcards escaped with {@code !}. */
    public Optional<String> recipientPattern() {
        return recipient.map(text -> "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!")
                .replace("%", "!%").replace("_", "!_") + "%");
    }
}
