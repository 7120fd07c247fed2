package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.infrastructure.JpaThrottleRows;
import com.buildappswith.booking.profile.model.LoginThrottle;
import com.buildappswith.booking.profile.model.RegistrationThrottle;
import com.buildappswith.booking.profile.model.SharedThrottles;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.shared.MovableClock;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in and registration throttles on the rows two nodes share (two persistence units with pools of their own
 * on one database: PostgreSQL when BOOKING_DB_URL names one, else the embedded H2), each change in a transaction of
 * its own as the server runs it, with one controlled clock.
 */
class SharedThrottlesTest {

    private static final int NODES = 2;
    private static final int THREADS = 8;
    private static final int REGISTRATIONS_PER_ADDRESS = 3;

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.withNodes(NODES, THREADS);

    /** The application's one clock, which both nodes read; each test starts it afresh. */
    private static MovableClock clock;

    @BeforeEach
    void noThrottleRowsAndAFreshClock() {
        clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("DELETE FROM throttle")
                .executeUpdate());
    }

    @Test
    void fortyGuessesAtOneAccountFromTwoNodesGetExactlyTheFreeAttempts() throws Exception {
        int tried = race(40, attempt -> signIn(attempt % NODES, "ada@example.com", "10.0.1." + attempt)).stream()
                .mapToInt(wait -> wait.isEmpty() ? 1 : 0).sum();

        assertThat(tried).isEqualTo(LoginThrottle.ACCOUNT.freeAttempts());
        assertThat(signIn(0, "ADA@example.com ", "10.0.2.1"))
                .as("the account waits on either node").contains(Duration.ofSeconds(30));
    }

    @Test
    void fortyRegistrationsFromOneAddressOnTwoNodesGetExactlyItsShare() throws Exception {
        int registered = race(40, attempt -> register(attempt % NODES, "203.0.113.7")).stream()
                .mapToInt(wait -> wait.isEmpty() ? 1 : 0).sum();

        assertThat(registered).isEqualTo(REGISTRATIONS_PER_ADDRESS);
    }

    @Test
    void anAddressCountsItsFailuresOnEveryNode() throws Exception {
        race(LoginThrottle.ADDRESS.freeAttempts(), attempt -> on(attempt % NODES, throttles -> {
            throttles.signInFailed("198.51.100.9");
            return Optional.empty();
        }));

        assertThat(signIn(1, "someone@example.com", "198.51.100.9"))
                .contains(Duration.ofSeconds(30));
        assertThat(signIn(0, "someone@example.com", "198.51.100.10")).isEmpty();
    }

    @Test
    void waitsEndOnTheClockAndOldFailuresAreForgotten() {
        for (int i = 0; i < LoginThrottle.ACCOUNT.freeAttempts(); i++) {
            assertThat(signIn(i % NODES, "bo@example.com", "10.0.0.1")).isEmpty();
        }
        assertThat(signIn(0, "bo@example.com", "10.0.0.1"))
                .contains(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn(1, "bo@example.com", "10.0.0.1")).isEmpty();
        assertThat(signIn(0, "bo@example.com", "10.0.0.1"))
                .as("the next failure doubles the wait").contains(Duration.ofSeconds(60));

        clock.advance(Duration.ofHours(2));
        assertThat(signIn(1, "bo@example.com", "10.0.0.1")).isEmpty();
    }

    @Test
    void aRegistrationPlaceComesBackAfterAnHourOrWhenNoAccountWasMade() {
        for (int i = 0; i < REGISTRATIONS_PER_ADDRESS; i++) {
            assertThat(register(i % NODES, "192.0.2.1")).isEmpty();
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(register(0, "192.0.2.1")).contains(Duration.ofMinutes(30));

        on(1, throttles -> {
            throttles.releaseRegistration("192.0.2.1");
            return null;
        });
        assertThat(register(0, "192.0.2.1")).isEmpty();
        assertThat(register(1, "192.0.2.1")).isPresent();

        clock.advance(Duration.ofMinutes(30));
        assertThat(register(1, "192.0.2.1")).isEmpty();
    }

    @Test
    void aRightPasswordClearsTheAccountAndAnUndecidedAttemptIsUncounted() {
        for (int i = 0; i < LoginThrottle.ACCOUNT.freeAttempts() - 1; i++) {
            signIn(0, "cy@example.com", "10.0.0.3");
        }
        on(1, throttles -> {
            throttles.signInSucceeded("Cy@Example.com");
            return null;
        });
        assertThat(rows()).isZero();

        for (int i = 0; i < LoginThrottle.ACCOUNT.freeAttempts(); i++) {
            signIn(0, "cy@example.com", "10.0.0.3");
        }
        on(1, throttles -> {
            throttles.signInWithdrawn("cy@example.com");
            return null;
        });
        assertThat(signIn(0, "cy@example.com", "10.0.0.3")).isEmpty();
    }

    @Test
    void rowsKeepNoEmailOrAddressInClear() {
        signIn(0, "dee@example.com", "10.9.8.7");
        on(0, throttles -> {
            throttles.signInFailed("10.9.8.7");
            return throttles.reserveRegistration("10.9.8.7");
        });

        List<?> stored = DATABASE.inTransaction(entityManager -> entityManager
                .createNativeQuery("SELECT scope || ' ' || key_digest || ' ' || state FROM throttle").getResultList());

        assertThat(stored).hasSize(3).allSatisfy(row -> assertThat(row.toString())
                .doesNotContain("dee").doesNotContain("10.9.8.7").matches("[A-Z_]+ [0-9a-f]{64} [0-9;,]+"));
    }

    @Test
    void rowsThatSayNothingAnyMoreAreForgottenAFewAtATime() {
        for (int i = 0; i < 5; i++) {
            String address = "10.0.3." + i;
            register(i % NODES, address);
        }
        clock.advance(Duration.ofMinutes(59));
        signIn(0, "eve@example.com", "10.0.4.1");
        assertThat(forget(1, 10)).isEqualTo(0);

        clock.advance(Duration.ofMinutes(2));
        assertThat(forget(1, 3)).isEqualTo(3);
        assertThat(forget(0, 3)).isEqualTo(2);

        assertThat(rows()).as("the sign-in row of a minute ago stays").isEqualTo(1);
    }

    private static Optional<Duration> signIn(int node, String email, String address) {
        return on(node, throttles -> throttles.reserveSignIn(email, address));
    }

    private static Optional<Duration> register(int node, String address) {
        return on(node, throttles -> throttles.reserveRegistration(address));
    }

    private static int forget(int node, int atMost) {
        return on(node, throttles -> throttles.forgetOldRows(atMost));
    }

    private static <T> T on(int node, Function<SharedThrottles, T> work) {
        return DATABASE.onNode(node, entityManager -> work.apply(throttles(entityManager)));
    }

    private static SharedThrottles throttles(EntityManager entityManager) {
        return new SharedThrottles(new JpaThrottleRows(entityManager), clock, LoginThrottle.ACCOUNT,
                LoginThrottle.ADDRESS, new RegistrationThrottle(REGISTRATIONS_PER_ADDRESS));
    }

    private static long rows() {
        return DATABASE.inTransaction(entityManager -> ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM throttle").getSingleResult()).longValue());
    }

    /** {@code attempts} calls of {@code attempt} (given its number), started together on {@value THREADS} threads. */
    private static List<Optional<Duration>> race(int attempts, Function<Integer, Optional<Duration>> attempt)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<Duration>>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int number = i;
                Callable<Optional<Duration>> call = () -> {
                    start.await();
                    return attempt.apply(number);
                };
                futures.add(threads.submit(call));
            }
            start.countDown();
            List<Optional<Duration>> answers = new ArrayList<>();
            for (Future<Optional<Duration>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
