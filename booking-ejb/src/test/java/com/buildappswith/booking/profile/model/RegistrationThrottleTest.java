package com.buildappswith.booking.profile.model;

import com.buildappswith.booking.shared.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules on one address's state; {@code SharedThrottlesTest} runs them on the shared rows, under races. */
class RegistrationThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final RegistrationThrottle throttle = new RegistrationThrottle(3);
    private String state = "";

    @Test
    void anAddressRegistersItsShareAnHourAndThenWaitsForTheOldestToAgeOut() {
        for (int i = 0; i < 3; i++) {
            assertThat(reserve()).isEmpty();
            clock.advance(Duration.ofMinutes(10));
        }

        assertThat(reserve()).contains(Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertThat(reserve()).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(reserve()).isEmpty();
    }

    @Test
    void aRegistrationThatCreatedNoAccountGivesItsPlaceBack() {
        for (int i = 0; i < 3; i++) {
            reserve();
            state = throttle.release(state, clock.instant()).state().orElseThrow();
        }

        assertThat(reserve()).isEmpty();
        assertThat(throttle.release("", clock.instant())).isEqualTo(ThrottleChange.none());
    }

    @Test
    void theRowIsForgottenAnHourAfterItsLatestRegistration() {
        reserve();
        clock.advance(Duration.ofMinutes(20));

        ThrottleChange second = throttle.reserve(state, clock.instant());

        assertThat(second.forgetAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void anAddressMayAlwaysRegisterAtLeastOnceAndTheRowHoldsAThousandAtMost() {
        assertThatThrownBy(() -> new RegistrationThrottle(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegistrationThrottle(1001)).isInstanceOf(IllegalArgumentException.class);

        RegistrationThrottle most = new RegistrationThrottle(RegistrationThrottle.MOST_PER_ADDRESS);
        for (int i = 0; i < RegistrationThrottle.MOST_PER_ADDRESS; i++) {
            state = most.reserve(state, clock.instant()).state().orElseThrow();
        }
        assertThat(state.length()).as("fits the column").isLessThanOrEqualTo(15000);
    }

    private Optional<Duration> reserve() {
        ThrottleChange change = throttle.reserve(state, clock.instant());
        change.state().ifPresent(next -> state = next);
        return change.refusedFor();
    }
}
