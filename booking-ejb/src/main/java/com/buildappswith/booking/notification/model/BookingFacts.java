package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.shared.Money;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every notice of a booking says about it, read from the booking when the notice is written: the session, its
 * time, both parties (each with the zone they read times in) and where to open it.
 *
 * @param sequence how often it was moved: the SEQUENCE of its calendar invites
 */
public record BookingFacts(long bookingId, String sessionType, Optional<Money> price, Instant start, Instant end,
                           Recipient client, Recipient builder, String purpose, URI link, int sequence) {

    public BookingFacts {
        Objects.requireNonNull(sessionType, "The session type is required.");
        Objects.requireNonNull(price, "The price is required (empty for a free session).");
        Objects.requireNonNull(start, "The start is required.");
        Objects.requireNonNull(end, "The end is required.");
        Objects.requireNonNull(client, "The client is required.");
        Objects.requireNonNull(builder, "The builder is required.");
        Objects.requireNonNull(purpose, "The purpose is required.");
        Objects.requireNonNull(link, "The link is required.");
        if (sequence < 0) {
            throw new IllegalArgumentException("The sequence must not be negative.");
        }
    }

    public Recipient recipient(Party party) {
        return party == Party.CLIENT ? client : builder;
    }

    /** The other party of the one a notice goes to. */
    public Recipient other(Party party) {
        return party == Party.CLIENT ? builder : client;
    }
}
