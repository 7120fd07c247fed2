package com.buildappswith.booking.profile.model;

import com.buildappswith.booking.shared.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules on one key's state; {@code SharedThrottlesTest} runs them on the shared rows, under races. */
class LoginThrottleTest {

    private static final LoginThrottle.Limit ACCOUNT = new LoginThrottle.Limit(3, Duration.ofSeconds(30),
            Duration.ofMinutes(5), Duration.ofHours(1));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private String state = "";

    @Test
    void engagesAfterTheFreeAttemptsAndReleasesWhenTheWaitIsOver() {
        fail(3);
        assertThat(attempt()).contains(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThat(attempt()).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt()).isEmpty();
    }

    @Test
    void everyFurtherFailureDoublesTheWaitUpToTheCeiling() {
        fail(3);
        clock.advance(Duration.ofSeconds(30));
        fail(1);
        assertThat(attempt()).contains(Duration.ofSeconds(60));

        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(5));
            fail(1);
        }
        assertThat(attempt()).contains(Duration.ofMinutes(5));
    }

    @Test
    void aRefusedAttemptCountsNothing() {
        fail(3);
        String blocked = state;

        assertThat(attempt()).isPresent();

        assertThat(state).isEqualTo(blocked);
    }

    @Test
    void aWithdrawnAttemptIsUncountedAndLiftsTheWaitItCaused() {
        fail(3);
        state = LoginThrottle.withdraw(state, ACCOUNT).state().orElseThrow();

        assertThat(attempt()).isEmpty();
        assertThat(LoginThrottle.withdraw("", ACCOUNT)).isEqualTo(ThrottleChange.none());
    }

    @Test
    void oldFailuresAreForgottenAndTheRowSaysWhen() {
        fail(2);
        ThrottleChange third = LoginThrottle.fail(state, ACCOUNT, clock.instant());
        assertThat(third.forgetAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));

        clock.advance(Duration.ofHours(2));
        fail(2);

        assertThat(attempt()).isEmpty();
    }

    @Test
    void aWaitLongerThanTheMemoryKeepsTheRowUntilItEnds() {
        LoginThrottle.Limit longWaits = new LoginThrottle.Limit(1, Duration.ofHours(3), Duration.ofHours(3),
                Duration.ofHours(1));

        ThrottleChange first = LoginThrottle.fail("", longWaits, clock.instant());

        assertThat(first.forgetAt()).isEqualTo(clock.instant().plus(Duration.ofHours(3)));
    }

    @Test
    void theStateReadsBackAsWritten() {
        LoginThrottle.Failures failures = new LoginThrottle.Failures(7, Instant.parse("2026-11-25T10:00:00.123Z"),
                Instant.parse("2026-11-25T10:15:00Z"));

        assertThat(LoginThrottle.Failures.parse(failures.format())).isEqualTo(failures);
        assertThat(LoginThrottle.Failures.parse("")).isEqualTo(LoginThrottle.Failures.NONE);
    }

    @Test
    void anAddressWaitsOnlyWhileItIsBlocked() {
        fail(3);

        assertThat(LoginThrottle.waitFor(state, clock.instant())).contains(Duration.ofSeconds(30));
        assertThat(LoginThrottle.waitFor("", clock.instant())).isEmpty();
    }

    /** One attempt: its wait, or (empty) counted. */
    private Optional<Duration> attempt() {
        ThrottleChange change = LoginThrottle.fail(state, ACCOUNT, clock.instant());
        change.state().ifPresent(next -> state = next);
        return change.refusedFor();
    }

    /** Failures that each got their try; fails the test otherwise. */
    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(attempt()).as("attempt %d", i + 1).isEmpty();
        }
    }
}
