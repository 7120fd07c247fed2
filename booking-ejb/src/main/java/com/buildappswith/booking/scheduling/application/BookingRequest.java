package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.ShownTerms;
import com.buildappswith.booking.scheduling.model.IdempotencyKey;
import com.buildappswith.booking.shared.CalendarRange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a client asks for: a session type, a start instant, their zone, and why they book; when a page or an API
 * client showed them the cancellation terms first, which terms those were (see {@link TermsChangedException}); and
 * when the client program may send it again, the key that makes the repeat give back the first one's booking.
 */
public record BookingRequest(long sessionTypeId, Instant start, ZoneId clientTimezone, String purpose,
                             String notes, Optional<ShownTerms> shownTerms, Optional<IdempotencyKey> idempotencyKey) {

    public BookingRequest {
        CalendarRange.check("start", Objects.requireNonNull(start, "Start is required."));
        Objects.requireNonNull(clientTimezone, "Timezone is required.");
        Objects.requireNonNull(shownTerms, "Shown terms are required (empty when none were shown).");
        Objects.requireNonNull(idempotencyKey, "The idempotency key is required (empty when none was sent).");
    }

    /** A request sent once, after the client was shown {@code shownTerms} (if any). */
    public BookingRequest(long sessionTypeId, Instant start, ZoneId clientTimezone, String purpose, String notes,
                          Optional<ShownTerms> shownTerms) {
        this(sessionTypeId, start, clientTimezone, purpose, notes, shownTerms, Optional.empty());
    }

    /** A request that agrees to whatever terms are in force when it is booked. */
    public BookingRequest(long sessionTypeId, Instant start, ZoneId clientTimezone, String purpose, String notes) {
        this(sessionTypeId, start, clientTimezone, purpose, notes, Optional.empty());
    }

    /** This request, under {@code key} when there is one. */
    public BookingRequest withIdempotencyKey(Optional<IdempotencyKey> key) {
        return new BookingRequest(sessionTypeId, start, clientTimezone, purpose, notes, shownTerms, key);
    }

    /**
     * This request under a key made of where it was composed ({@code origin}, such as one booking page as a person
     * sees it) and what it asks for. Sent again from there, after its answer was lost or by a second click, it gives
     * back the booking the first one made; anything asked differently from there is a new request with a key of its
     * own, never one refused as the key's misuse.
     */
    public BookingRequest keyedBy(UUID origin) {
        return withIdempotencyKey(Optional.of(new IdempotencyKey(origin + ":" + fingerprint())));
    }

    /**
     * What this request asks for, as 64 hex digits: equal for two requests exactly when they ask for the same booking
     * (texts as the booking keeps them, stripped), whatever key they carry. Each field is written with its length, so
     * no two different requests run together into the same text.
     */
    public String fingerprint() {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256.", e);
        }
        for (String field : new String[] {Long.toString(sessionTypeId), start.toString(), clientTimezone.getId(),
                stripped(purpose), stripped(notes),
                shownTerms.map(shown -> shown.policyId() + ":" + shown.fingerprint()).orElse("")}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
