package com.buildappswith.booking.profile.model;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final LoginThrottle.Limit ACCOUNT = new LoginThrottle.Limit(3, Duration.ofSeconds(30),
            Duration.ofMinutes(5), Duration.ofHours(1));
    private static final LoginThrottle.Limit ADDRESS = new LoginThrottle.Limit(10, Duration.ofSeconds(60),
            Duration.ofMinutes(15), Duration.ofHours(1));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, ACCOUNT, ADDRESS);

    @Test
    void engagesAfterTheFreeAttemptsAndReleasesWhenTheWaitIsOver() {
        fail("ada@example.com", "10.0.0.1", 2);
        assertThat(throttle.waitBeforeAttempt("ada@example.com", "10.0.0.1")).isEmpty();

        fail("ada@example.com", "10.0.0.1", 1);
        assertThat(throttle.waitBeforeAttempt("ada@example.com", "10.0.0.1")).contains(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.waitBeforeAttempt("ada@example.com", "10.0.0.1")).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeAttempt("ada@example.com", "10.0.0.1")).isEmpty();
    }

    @Test
    void everyFurtherFailureDoublesTheWaitUpToTheCeiling() {
        fail("ada@example.com", "10.0.0.1", 3);
        fail("ada@example.com", "10.0.0.2", 1);
        assertThat(throttle.waitBeforeAttempt("ada@example.com", "10.0.0.3")).contains(Duration.ofSeconds(60));

        fail("ada@example.com", "10.0.0.4", 10);
        assertThat(throttle.waitBeforeAttempt("ada@example.com", "10.0.0.5")).contains(Duration.ofMinutes(5));
    }

    @Test
    void appliesToUnknownEmailsAlikeAndIgnoresLetterCase() {
        fail("Nobody@Example.com", "10.0.0.1", 3);

        assertThat(throttle.waitBeforeAttempt("nobody@example.com", "10.0.0.9")).isPresent();
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        fail("ada@example.com", "10.0.0.1", 3);
        fail("bob@example.com", "10.0.0.1", 7);
        throttle.succeeded("ada@example.com");

        assertThat(throttle.waitBeforeAttempt("ada@example.com", "10.0.0.2")).isEmpty();
        assertThat(throttle.waitBeforeAttempt("carol@example.com", "10.0.0.1")).contains(Duration.ofSeconds(60));
    }

    @Test
    void oldFailuresAreForgotten() {
        fail("ada@example.com", "10.0.0.1", 2);
        clock.advance(Duration.ofHours(2));
        fail("ada@example.com", "10.0.0.1", 2);

        assertThat(throttle.waitBeforeAttempt("ada@example.com", "10.0.0.1")).isEmpty();
    }

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
