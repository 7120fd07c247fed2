package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.ShownTerms;
import com.buildappswith.booking.scheduling.model.IdempotencyKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking request's fingerprint, which tells a repeat under an idempotency key from another request under it:
 * equal for the same request whatever its key and however its texts are padded, different when any field differs;
 * and the keys a page makes from it, one per request asked from that page.
 */
class BookingRequestFingerprintTest {

    private static final long SEED = 20261202L;
    private static final List<String> ZONES = List.of("Asia/Kolkata", "Europe/Berlin", "America/New_York", "UTC");
    private static final List<String> TEXTS =
            List.of("", "Review", "Review my PR", "a:b", "1:a", "caf\u00e9 \ud83d\ude00");

    /** Each changes one field of a request. */
    private static final List<UnaryOperator<BookingRequest>> CHANGES = List.of(
            c -> new BookingRequest(c.sessionTypeId() + 1, c.start(), c.clientTimezone(), c.purpose(), c.notes(),
                    c.shownTerms()),
            c -> new BookingRequest(c.sessionTypeId(), c.start().plusSeconds(60), c.clientTimezone(), c.purpose(),
                    c.notes(), c.shownTerms()),
            c -> new BookingRequest(c.sessionTypeId(), c.start(), ZoneId.of(c.clientTimezone().getId().equals("UTC")
                    ? "Europe/Lisbon" : "UTC"), c.purpose(), c.notes(), c.shownTerms()),
            c -> new BookingRequest(c.sessionTypeId(), c.start(), c.clientTimezone(), c.purpose() + "!", c.notes(),
                    c.shownTerms()),
            c -> new BookingRequest(c.sessionTypeId(), c.start(), c.clientTimezone(), c.purpose(),
                    (c.notes() == null ? "" : c.notes()) + "?", c.shownTerms()),
            c -> new BookingRequest(c.sessionTypeId(), c.start(), c.clientTimezone(), c.purpose(), c.notes(),
                    Optional.of(new ShownTerms(c.shownTerms().map(ShownTerms::policyId).orElse(0L) + 1,
                            "0123456789abcdef0123456789abcdef"))));

    @Test
    void theSameRequestHasTheSameFingerprintWhateverItsKeyAndPadding() {
        BookingRequest request = new BookingRequest(12, Instant.parse("2026-12-04T10:00:00Z"),
                ZoneId.of("Asia/Kolkata"), "Review my PR", null);

        assertThat(request.withIdempotencyKey(Optional.of(new IdempotencyKey("one"))).fingerprint())
                .isEqualTo(request.fingerprint())
                .matches("[0-9a-f]{64}");
        assertThat(new BookingRequest(12, request.start(), request.clientTimezone(), "  Review my PR\n", "")
                .fingerprint()).isEqualTo(request.fingerprint());
    }

    @Test
    void changingAnyOneFieldChangesTheFingerprint() {
        Random random = new Random(SEED);
        for (int i = 0; i < 500; i++) {
            BookingRequest request = randomRequest(random);
            for (UnaryOperator<BookingRequest> change : CHANGES) {
                BookingRequest changed = change.apply(request);
                assertThat(changed.fingerprint()).as("%s against %s", changed, request)
                        .isNotEqualTo(request.fingerprint());
            }
        }
    }

    @Test
    void fieldsDoNotRunTogether() {
        Instant start = Instant.parse("2026-12-04T10:00:00Z");
        ZoneId zone = ZoneId.of("UTC");
        Set<String> fingerprints = new HashSet<>();
        fingerprints.add(new BookingRequest(1, start, zone, "ab", "c").fingerprint());
        fingerprints.add(new BookingRequest(1, start, zone, "a", "bc").fingerprint());
        fingerprints.add(new BookingRequest(1, start, zone, "a", "1:bc").fingerprint());
        fingerprints.add(new BookingRequest(1, start, zone, "a1:b", "c").fingerprint());

        assertThat(fingerprints).hasSize(4);
    }

    @Test
    void aPageGivesTheSameRequestTheSameKeyAndAnyOtherRequestOrPageAnother() {
        Random random = new Random(SEED);
        for (int i = 0; i < 500; i++) {
            UUID page = new UUID(random.nextLong(), random.nextLong());
            BookingRequest request = randomRequest(random);
            IdempotencyKey key = request.keyedBy(page).idempotencyKey().orElseThrow();

            assertThat(key.value()).hasSizeLessThanOrEqualTo(IdempotencyKey.MAX_LENGTH);
            assertThat(randomlyPadded(request, random).keyedBy(page).idempotencyKey()).contains(key);
            assertThat(request.keyedBy(new UUID(random.nextLong(), random.nextLong())).idempotencyKey())
                    .isNotEqualTo(Optional.of(key));
            for (UnaryOperator<BookingRequest> change : CHANGES) {
                assertThat(change.apply(request).keyedBy(page).idempotencyKey()).isNotEqualTo(Optional.of(key));
            }
        }
    }

    /** The same request with its texts padded as a form may send them. */
    private static BookingRequest randomlyPadded(BookingRequest request, Random random) {
        String padding = random.nextBoolean() ? " " : "\n";
        return new BookingRequest(request.sessionTypeId(), request.start(), request.clientTimezone(),
                request.purpose() + padding, request.notes() == null ? null : padding + request.notes(),
                request.shownTerms());
    }

    private static BookingRequest randomRequest(Random random) {
        Optional<ShownTerms> shown = random.nextBoolean() ? Optional.empty()
                : Optional.of(new ShownTerms(random.nextInt(100), "%032x".formatted(random.nextLong() & Long.MAX_VALUE)));
        return new BookingRequest(random.nextInt(1_000), Instant.parse("2026-12-01T00:00:00Z")
                .plusSeconds(60L * random.nextInt(100_000)), ZoneId.of(ZONES.get(random.nextInt(ZONES.size()))),
                TEXTS.get(random.nextInt(TEXTS.size())),
                random.nextBoolean() ? null : TEXTS.get(random.nextInt(TEXTS.size())), shown);
    }
}
