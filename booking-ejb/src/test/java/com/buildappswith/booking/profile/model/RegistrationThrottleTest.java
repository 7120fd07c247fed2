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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final RegistrationThrottle throttle = new RegistrationThrottle(clock, 3);

    @Test
    void anAddressRegistersItsShareAnHourAndThenWaitsForTheOldestToAgeOut() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.reserve("203.0.113.7")).isEmpty();
            clock.advance(Duration.ofMinutes(10));
        }

        assertThat(throttle.reserve("203.0.113.7")).contains(Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertThat(throttle.reserve("203.0.113.7")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.reserve("203.0.113.7")).isEmpty();
    }

    @Test
    void eachAddressCountsApart() {
        for (int i = 0; i < 3; i++) {
            throttle.reserve("203.0.113.7");
        }

        assertThat(throttle.reserve("203.0.113.7")).isPresent();
        assertThat(throttle.reserve("198.51.100.1")).isEmpty();
    }

    @Test
    void aRegistrationThatCreatedNoAccountGivesItsPlaceBack() {
        for (int i = 0; i < 3; i++) {
            throttle.reserve("203.0.113.7");
            throttle.release("203.0.113.7");
        }

        assertThat(throttle.reserve("203.0.113.7")).isEmpty();
    }

    @Test
    void parallelRegistrationsFromOneAddressGetNoMoreThanItsShare() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<Duration>>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return throttle.reserve("203.0.113.7");
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Optional<Duration>> attempt : attempts) {
                allowed += attempt.get().isEmpty() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAddressMayAlwaysRegisterAtLeastOnce() {
        assertThatThrownBy(() -> new RegistrationThrottle(clock, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
