package com.buildappswith.booking.profile.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per account and per client address. After a few failures a key is blocked for a
 * while, and every further failure doubles the wait up to a ceiling. Keys are normalized emails whether or not
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

    /** @return how long the caller must wait before trying again, or empty if they may try now */
    public Optional<Duration> waitBeforeAttempt(String email, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = waitFor(accounts, Account.normalize(email), now);
        Optional<Duration> client = waitFor(addresses, address, now);
        if (account.isPresent() && client.isPresent()) {
            return Optional.of(account.get().compareTo(client.get()) > 0 ? account.get() : client.get());
        }
        return account.or(() -> client);
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        record(accounts, Account.normalize(email), accountLimit, now);
        record(addresses, address, addressLimit, now);
    }

    public void succeeded(String email) {
        accounts.remove(Account.normalize(email));
    }

    private static Optional<Duration> waitFor(Map<String, Failures> table, String key, Instant now) {
        Failures failures = table.get(key);
        if (failures == null || failures.blockedUntil == null || !now.isBefore(failures.blockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.blockedUntil));
    }

    private static void record(Map<String, Failures> table, String key, Limit limit, Instant now) {
        if (table.size() > MAX_TRACKED_KEYS) {
            // Guessing with ever new emails must not grow memory without bound.
            table.values().removeIf(failures -> failures.isStale(now, limit));
        }
        table.compute(key, (k, previous) -> {
            Failures failures = previous == null || previous.isStale(now, limit) ? new Failures() : previous;
            failures.count++;
            failures.lastFailure = now;
            int beyondFree = failures.count - limit.freeAttempts();
            if (beyondFree >= 0) {
                Duration wait = limit.firstWait().multipliedBy(1L << Math.min(beyondFree, 20));
                failures.blockedUntil = now.plus(wait.compareTo(limit.longestWait()) > 0 ? limit.longestWait() : wait);
            }
            return failures;
        });
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
