package com.buildappswith.booking.profile.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing, per account and per client address. Every attempt on an account is counted before
 * its password is checked and uncounted only when it proves right, so parallel guesses get no more tries than serial
 * ones; an address counts its failures. After a few failures a key is blocked for a while, and every further failure
 * doubles the wait up to a ceiling. Keys are normalized emails whether or not the account exists, so the answer never
 * reveals which emails are registered. A success clears the account's key; an address keeps its count until its
 * failures age out.
 *
 * <p>These are the rules alone, on one key's {@link Failures} as {@link SharedThrottles} reads them from the rows
 * every node shares.
 */
public final class LoginThrottle {

    /** How many failures a key gets before it waits, how long the first wait is, and the longest wait. */
    public record Limit(int freeAttempts, Duration firstWait, Duration longestWait, Duration forgetAfter) {
    }

    public static final Limit ACCOUNT = new Limit(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1));
    public static final Limit ADDRESS = new Limit(20, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1));

    /** What the throttle remembers of one key: the failures counted, the latest, and until when it must wait. */
    public record Failures(int count, Instant last, Instant blockedUntil) {

        public static final Failures NONE = new Failures(0, null, null);

        /** The state text of a row ({@code count;last;blockedUntil} in epoch milliseconds); empty: none. */
        public static Failures parse(String state) {
            if (state == null || state.isEmpty()) {
                return NONE;
            }
            String[] parts = state.split(";", -1);
            return new Failures(Integer.parseInt(parts[0]), instant(parts[1]), instant(parts[2]));
        }

        public String format() {
            return count + ";" + millis(last) + ";" + millis(blockedUntil);
        }

        boolean isStale(Instant now, Limit limit) {
            return last == null || last.plus(limit.forgetAfter()).isBefore(now);
        }

        Optional<Duration> waitAt(Instant now) {
            return blockedUntil == null || !now.isBefore(blockedUntil) ? Optional.empty()
                    : Optional.of(Duration.between(now, blockedUntil));
        }

        /** From when the key's row says nothing: its failures are forgotten and no wait is left. */
        Instant forgetAt(Limit limit) {
            Instant forgotten = last.plus(limit.forgetAfter());
            return blockedUntil != null && blockedUntil.isAfter(forgotten) ? blockedUntil : forgotten;
        }

        private static Instant instant(String millis) {
            return millis.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(millis));
        }

        private static String millis(Instant instant) {
            return instant == null ? "" : Long.toString(instant.toEpochMilli());
        }
    }

    private LoginThrottle() {
    }

    /** How long a key (an address, before any account is tried) must still wait, if at all; it changes nothing. */
    public static Optional<Duration> waitFor(String state, Instant now) {
        return Failures.parse(state).waitAt(now);
    }

    /**
     * One more failure for the key (an account's attempt reserved before its password is checked, or an address's
     * wrong password), unless it must wait: then nothing is counted.
     */
    public static ThrottleChange fail(String state, Limit limit, Instant now) {
        Failures previous = Failures.parse(state);
        Failures failures = previous.isStale(now, limit) ? Failures.NONE : previous;
        Optional<Duration> wait = failures.waitAt(now);
        if (wait.isPresent()) {
            return ThrottleChange.refused(wait.get());
        }
        int count = failures.count() + 1;
        Failures next = new Failures(count, now, blockedUntil(count, limit, now));
        return ThrottleChange.write(next.format(), next.forgetAt(limit));
    }

    /** An attempt reserved for an account never reached a verdict (the accounts could not be read): uncounted. */
    public static ThrottleChange withdraw(String state, Limit limit) {
        Failures failures = Failures.parse(state);
        if (failures.count() == 0) {
            return ThrottleChange.none();
        }
        int count = failures.count() - 1;
        Failures next = new Failures(count, failures.last(),
                count < limit.freeAttempts() ? null : failures.blockedUntil());
        return ThrottleChange.write(next.format(), next.forgetAt(limit));
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
}
