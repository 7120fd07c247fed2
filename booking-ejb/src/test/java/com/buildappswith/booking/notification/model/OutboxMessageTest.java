package com.buildappswith.booking.notification.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final DeliveryRetry THREE = new DeliveryRetry(3, Duration.ofMinutes(1), Duration.ofMinutes(60));

    private static OutboxMessage message() {
        return new OutboxMessage(NoticeKind.BOOKING_CONFIRMED, 7L,
                new Recipient(3L, "ada@example.com", "Ada", ZoneId.of("Europe/Berlin")), "Booked", "text", "<p>html</p>",
                Optional.empty(), "booking.example", NOW);
    }

    @Test
    void isDueWhenWrittenAndKeepsItsMessageIdThroughEveryAttempt() {
        OutboxMessage message = message();
        String id = message.messageId();

        assertThat(message.isDueAt(NOW)).isTrue();
        assertThat(id).startsWith("<").endsWith("@booking.example>");

        message.claim("node-a", NOW.plusSeconds(300));
        message.attemptFailed("Connection refused", NOW, THREE);

        assertThat(message.messageId()).isEqualTo(id);
        assertThat(message.isDueAt(NOW.plusSeconds(59))).isFalse();
        assertThat(message.isDueAt(NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void aClaimedMessageIsNotDueForAnotherNodeUntilTheClaimLapses() {
        OutboxMessage message = message();

        message.claim("node-a", NOW.plusSeconds(300));

        assertThat(message.isDueAt(NOW.plusSeconds(299))).isFalse();
        assertThat(message.isDueAt(NOW.plusSeconds(300))).isTrue();
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheLastError() {
        OutboxMessage message = message();

        message.attemptFailed("first", NOW, THREE);
        message.attemptFailed("second", NOW.plusSeconds(60), THREE);
        message.attemptFailed("third", NOW.plusSeconds(180), THREE);

        assertThat(message.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(3);
        assertThat(message.lastError()).contains("third");
        assertThat(message.isDueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void anAdminRetryStartsAFreshCountButNeverWhileANodeIsSendingIt() {
        OutboxMessage failed = message();
        for (int i = 0; i < 3; i++) {
            failed.attemptFailed("down", NOW, THREE);
        }
        failed.retryNow(NOW.plusSeconds(10));
        assertThat(failed.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(failed.attempts()).isZero();
        assertThat(failed.isDueAt(NOW.plusSeconds(10))).isTrue();

        OutboxMessage sending = message();
        sending.claim("node-a", NOW.plusSeconds(300));
        assertThatThrownBy(() -> sending.retryNow(NOW.plusSeconds(10))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("being sent");
    }

    @Test
    void aSentMessageStaysSentAndCannotBeRetried() {
        OutboxMessage message = message();
        message.claim("node-a", NOW.plusSeconds(300));

        message.sent(NOW.plusSeconds(1));
        message.attemptFailed("late error", NOW.plusSeconds(2), THREE);
        message.sent(NOW.plusSeconds(3));

        assertThat(message.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.sentAt()).contains(NOW.plusSeconds(1));
        assertThatThrownBy(() -> message.retryNow(NOW.plusSeconds(4))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void backoffDoublesUpToTheLongestAndNeverShrinks() {
        Random random = new Random(20261130);
        for (int run = 0; run < 300; run++) {
            Duration first = Duration.ofSeconds(1 + random.nextInt(120));
            Duration longest = first.multipliedBy(1 + random.nextInt(100));
            DeliveryRetry retry = new DeliveryRetry(1 + random.nextInt(100), first, longest);
            Duration previous = Duration.ZERO;
            for (int attempt = 1; attempt <= 40; attempt++) {
                Duration delay = retry.delayAfter(attempt);
                assertThat(delay).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(longest)
                        .isGreaterThanOrEqualTo(first);
                if (attempt > 1 && previous.multipliedBy(2).compareTo(longest) <= 0) {
                    assertThat(delay).isEqualTo(previous.multipliedBy(2));
                }
                previous = delay;
            }
        }
    }
}
