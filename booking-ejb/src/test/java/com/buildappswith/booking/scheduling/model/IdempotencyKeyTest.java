package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeyTest {

    @Test
    void aUuidOrAnyVisibleAsciiUpToTheLimitIsAKey() {
        String uuid = UUID.randomUUID().toString();

        assertThat(IdempotencyKey.fromHeader(uuid)).contains(new IdempotencyKey(uuid));
        assertThat(new IdempotencyKey("!~" + "k".repeat(IdempotencyKey.MAX_LENGTH - 2)).value())
                .hasSize(IdempotencyKey.MAX_LENGTH);
    }

    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKey.fromHeader(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "two words", "tab\there", "line\nbreak", "caf\u00e9", "\u0000", "del\u007f"})
    void emptySpacesControlsAndNonAsciiAreRefusedAsBadInput(String header) {
        assertThatThrownBy(() -> IdempotencyKey.fromHeader(header))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_INPUT))
                .hasMessageContaining("Idempotency-Key must be 1 to 255 visible ASCII characters");
    }

    @Test
    void aKeyLongerThanTheLimitIsRefused() {
        assertThatThrownBy(() -> new IdempotencyKey("k".repeat(IdempotencyKey.MAX_LENGTH + 1)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aKeyedRequestIsRepeatedOnlyByTheSameFingerprint() {
        KeyedRequest keyed = new KeyedRequest("a".repeat(64), 7);

        assertThat(keyed.isRepeatedBy("a".repeat(64))).isTrue();
        assertThat(keyed.isRepeatedBy("b".repeat(64))).isFalse();
    }
}
