package com.buildappswith.booking.profile.model;

import com.buildappswith.booking.shared.MovableClock;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        attempt("ada@example.com", "10.0.0.1", 3);
        assertThat(throttle.reserveAttempt("ada@example.com", "10.0.0.1")).contains(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.reserveAttempt("ada@example.com", "10.0.0.1")).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.reserveAttempt("ada@example.com", "10.0.0.1")).isEmpty();
    }

    @Test
    void everyFurtherFailureDoublesTheWaitUpToTheCeiling() {
        attempt("ada@example.com", "10.0.0.1", 3);
        clock.advance(Duration.ofSeconds(30));
        attempt("ada@example.com", "10.0.0.2", 1);
        assertThat(throttle.reserveAttempt("ada@example.com", "10.0.0.3")).contains(Duration.ofSeconds(60));

        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(5));
            attempt("ada@example.com", "10.0.0." + (10 + i), 1);
        }
        assertThat(throttle.reserveAttempt("ada@example.com", "10.0.0.99")).contains(Duration.ofMinutes(5));
    }

    @Test
    void appliesToUnknownEmailsAlikeAndIgnoresLetterCase() {
        attempt("Nobody@Example.com", "10.0.0.1", 3);

        assertThat(throttle.reserveAttempt("nobody@example.com", "10.0.0.9")).isPresent();
    }

    @Test
    void aRightPasswordClearsTheAccount() {
        attempt("ada@example.com", "10.0.0.1", 2);
        throttle.succeeded("ada@example.com");

        attempt("ada@example.com", "10.0.0.1", 3);
    }

    @Test
    void anAddressCountsItsFailuresNotItsSignInsInFlight() {
        for (int i = 0; i < 30; i++) {
            attempt("person" + i + "@example.com", "10.0.0.1", 1);
        }
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.1");
        }

        assertThat(throttle.reserveAttempt("carol@example.com", "10.0.0.1")).contains(Duration.ofSeconds(60));
    }

    @Test
    void parallelGuessesGetNoMoreAttemptsThanTheLimit() throws Exception {
        int guesses = 200;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<Duration>>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String address = "10.0.1." + (i % 50);
                answers.add(pool.submit(() -> {
                    start.await();
                    return throttle.reserveAttempt("ada@example.com", address);
                }));
            }
            start.countDown();
            int tried = 0;
            for (Future<Optional<Duration>> answer : answers) {
                tried += answer.get().isEmpty() ? 1 : 0;
            }

            assertThat(tried).isEqualTo(ACCOUNT.freeAttempts());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oldFailuresAreForgotten() {
        attempt("ada@example.com", "10.0.0.1", 2);
        clock.advance(Duration.ofHours(2));
        attempt("ada@example.com", "10.0.0.1", 2);

        assertThat(throttle.reserveAttempt("ada@example.com", "10.0.0.1")).isEmpty();
    }

    /** Attempts that each got their try (and, never succeeding, count against the account); fails the test otherwise. */
    private void attempt(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.reserveAttempt(email, address)).as("attempt %d of %s", i + 1, email).isEmpty();
        }
    }
}
