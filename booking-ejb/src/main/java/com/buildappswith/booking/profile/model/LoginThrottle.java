package com.buildappswith.booking.profile.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per account and per client address. Every attempt on an account is counted before
 * its password is checked and uncounted only when it proves right, so parallel guesses get no more tries than serial
 * ones; an address counts its failures. After a few failures a key is blocked for a while, and every further failure
 * doubles the wait up to a ceiling. Keys are normalized emails whether or not
 * the account exists, so the answer never reveals which emails are registered. A success clears the account's
 * key; an address keeps its count until its failures age out.
 *
 * <p>State lives in this node's memory: several nodes each throttle on their own, which only multiplies the
 * attempts an attacker gets by the number of nodes.
 */
public final class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 10_000;

    private final Clock clock;
    private final Limit accountLimit;
    private final Limit addressLimit;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    /** How many failures a key gets before it waits, how long the first wait is, and the longest wait. */
    public record Limit(int freeAttempts, Duration firstWait, Duration longestWait, Duration forgetAfter) {
    }

    public static final Limit ACCOUNT = new Limit(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1));
    public static final Limit ADDRESS = new Limit(20, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1));

    public LoginThrottle(Clock clock, Limit accountLimit, Limit addressLimit) {
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
    }

    /**
     * Takes one attempt for {@code email} from {@code address} before the password is checked. Against the account it
     * counts as a failure until {@link #succeeded} says otherwise, so however many guesses for one account arrive at
     * once, no more get through than the limit allows; against the address only a {@link #failed} attempt counts, so
     * many people behind one address signing in at once are not held up.
     *
     * @return how long the caller must wait before trying again (nothing was taken then), or empty if they may try
     */
    public Optional<Duration> reserveAttempt(String email, String address) {
        Instant now = clock.instant();
        Optional<Duration> addressWait = waitFor(addresses, address, now);
        if (addressWait.isPresent()) {
            return addressWait;
        }
        return reserve(accounts, Account.normalize(email), accountLimit, now);
    }

    /** The reserved attempt was the right password: the account starts afresh. */
    public void succeeded(String email) {
        accounts.remove(Account.normalize(email));
    }

    /** The reserved attempt was a wrong password: the account has counted it already, the address counts it now. */
    public void failed(String address) {
        Instant now = clock.instant();
        reserve(addresses, address, addressLimit, now);
    }

    /** The reserved attempt never reached a verdict (the accounts could not be read): it counts for nothing. */
    public void withdrawn(String email) {
        release(accounts, Account.normalize(email), accountLimit);
    }

    private static Optional<Duration> waitFor(Map<String, Failures> table, String key, Instant now) {
        Failures failures = table.get(key);
        if (failures == null || failures.blockedUntil == null || !now.isBefore(failures.blockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.blockedUntil));
    }

    private static Optional<Duration> reserve(Map<String, Failures> table, String key, Limit limit, Instant now) {
        if (table.size() > MAX_TRACKED_KEYS) {
            // Guessing with ever new emails must not grow memory without bound.
            table.values().removeIf(failures -> failures.isStale(now, limit));
        }
        Duration[] wait = new Duration[1];
        table.compute(key, (k, previous) -> {
            Failures failures = previous == null || previous.isStale(now, limit) ? new Failures() : previous;
            if (failures.blockedUntil != null && now.isBefore(failures.blockedUntil)) {
                wait[0] = Duration.between(now, failures.blockedUntil);
                return failures;
            }
            failures.count++;
            failures.lastFailure = now;
            failures.blockedUntil = blockedUntil(failures.count, limit, now);
            return failures;
        });
        return Optional.ofNullable(wait[0]);
    }

    private static void release(Map<String, Failures> table, String key, Limit limit) {
        table.computeIfPresent(key, (k, failures) -> {
            failures.count = Math.max(0, failures.count - 1);
            if (failures.count < limit.freeAttempts()) {
                failures.blockedUntil = null;
            }
            return failures;
        });
    }

    /** After the free attempts, each further one doubles the wait, up to the longest. */
    private static Instant blockedUntil(int attempts, Limit limit, Instant now) {
        int beyondFree = attempts - limit.freeAttempts();
        if (beyondFree < 0) {
            return null;
        }
        Duration wait = limit.firstWait().multipliedBy(1L << Math.min(beyondFree, 20));
        return now.plus(wait.compareTo(limit.longestWait()) > 0 ? limit.longestWait() : wait);
    }

    private static final class Failures {
        private int count;
        private Instant lastFailure;
        private Instant blockedUntil;

        boolean isStale(Instant now, Limit limit) {
            return lastFailure.plus(limit.forgetAfter()).isBefore(now);
        }
    }
}
