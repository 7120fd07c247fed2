package com.buildappswith.booking.profile.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per account and per client address. Every attempt is counted before its password
 * is checked and uncounted only when it proves right, so parallel guesses get no more tries than serial ones. After a
 * few failures a key is blocked for a while, and every further failure doubles the wait up to a ceiling. Keys are normalized emails whether or not
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
     * Takes one attempt for {@code email} from {@code address} before the password is checked, counted as a failure
     * until {@link #succeeded} says otherwise: so however many requests arrive at once, no more get a guess than the
     * limit allows.
     *
     * @return how long the caller must wait before trying again (nothing was taken then), or empty if they may try
     */
    public Optional<Duration> reserveAttempt(String email, String address) {
        Instant now = clock.instant();
        String account = Account.normalize(email);
        Optional<Duration> accountWait = reserve(accounts, account, accountLimit, now);
        if (accountWait.isPresent()) {
            return accountWait;
        }
        Optional<Duration> addressWait = reserve(addresses, address, addressLimit, now);
        if (addressWait.isPresent()) {
            release(accounts, account, accountLimit);
        }
        return addressWait;
    }

    /** The reserved attempt was the right password: the account starts afresh and the address gets its try back. */
    public void succeeded(String email, String address) {
        accounts.remove(Account.normalize(email));
        release(addresses, address, addressLimit);
    }

    /** The reserved attempt never reached a verdict (the accounts could not be read): it counts for nothing. */
    public void withdrawn(String email, String address) {
        release(accounts, Account.normalize(email), accountLimit);
        release(addresses, address, addressLimit);
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
