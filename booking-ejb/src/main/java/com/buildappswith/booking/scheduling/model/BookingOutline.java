package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.shared.Money;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a notice says of a booking, and what decides whether it is still due: the booking's status, time, session,
 * both parties (each with the zone they read times in) and its terms. Read as a projection, so a job's chunk of
 * notices does not load each booking with its client, builder and session type only to compare them all with their
 * copies at the commit.
 *
 * @param price empty for a free session
 */
public record BookingOutline(long bookingId, BookingStatus status, Instant startsAt, Instant endsAt,
                             String sessionTypeName, Optional<Money> price, Party client, Party builder,
                             String purpose, int rescheduleCount, CancellationTerms terms) {

    /** A projection's constructor: what JPQL selects, in its order ({@code price} null for a free session). */
    public BookingOutline(Long bookingId, BookingStatus status, Instant startsAt, Instant endsAt,
                          String sessionTypeName, Money price, Long clientId, String clientEmail, String clientName,
                          ZoneId clientZone, Long builderAccountId, String builderEmail, String builderName,
                          ZoneId builderZone, String purpose, Integer rescheduleCount, CancellationTerms terms) {
        this(bookingId, status, startsAt, endsAt, sessionTypeName, Optional.ofNullable(price),
                new Party(clientId, clientEmail, clientName, clientZone),
                new Party(builderAccountId, builderEmail, builderName, builderZone), purpose, rescheduleCount, terms);
    }

    public BookingOutline {
        Objects.requireNonNull(status, "Status is required.");
        Objects.requireNonNull(startsAt, "Start is required.");
        Objects.requireNonNull(endsAt, "End is required.");
        Objects.requireNonNull(sessionTypeName, "Session type name is required.");
        Objects.requireNonNull(price, "Price is required (empty for a free session).");
        Objects.requireNonNull(client, "Client is required.");
        Objects.requireNonNull(builder, "Builder is required.");
        Objects.requireNonNull(purpose, "Purpose is required.");
        Objects.requireNonNull(terms, "Terms are required.");
    }

    /** One side of the booking: the account, and the zone it reads times in (the booking's own for the client). */
    public record Party(long accountId, String email, String name, ZoneId zone) {

        public Party {
            Objects.requireNonNull(email, "Email is required.");
            Objects.requireNonNull(name, "Name is required.");
            Objects.requireNonNull(zone, "Zone is required.");
        }
    }
}
