package com.buildappswith.booking.profile.model;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sign-in and registration throttles on the rows every node shares ({@link ThrottleRows}), with the time of the
 * application's one clock. Each change reads a key's row, lets the rule decide, and writes the outcome only if the row
 * is still as read; otherwise it reads again. So attempts racing on one key, from any number of nodes, are counted one
 * after the other and never get past the limit together. Each method is meant to run in a transaction of its own,
 * committed at once, so that the attempt counts whatever happens to the request after it.
 */
public final class SharedThrottles {

    /** How often one change reads again after others changed the row first, before it gives up. */
    static final int MAX_TRIES = 100;
    /** The wait of an attempt on a key so busy that it could not be counted: it is refused, not let through. */
    static final Duration BUSY = Duration.ofSeconds(1);

    private final ThrottleRows rows;
    private final Clock clock;
    private final LoginThrottle.Limit accountLimit;
    private final LoginThrottle.Limit addressLimit;
    private final RegistrationThrottle registrations;

    public SharedThrottles(ThrottleRows rows, Clock clock, LoginThrottle.Limit accountLimit,
                           LoginThrottle.Limit addressLimit, RegistrationThrottle registrations) {
        this.rows = rows;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.registrations = registrations;
    }

    /**
     * Takes one sign-in attempt for {@code email} from {@code address} before the password is checked: see
     * {@link LoginThrottle}.
     *
     * @return how long the caller must wait before trying again (nothing was taken then), or empty if they may try
     */
    public Optional<Duration> reserveSignIn(String email, String address) {
        Optional<Duration> addressWait = rows.find(ThrottleKey.signInAddress(address))
                .flatMap(row -> LoginThrottle.waitFor(row.state(), clock.instant()));
        if (addressWait.isPresent()) {
            return addressWait;
        }
        return change(ThrottleKey.account(email), state -> LoginThrottle.fail(state, accountLimit, clock.instant()));
    }

    /** The reserved attempt was the right password: the account starts afresh. */
    public void signInSucceeded(String email) {
        rows.delete(ThrottleKey.account(email));
    }

    /** The reserved attempt was a wrong password: the account has counted it already, the address counts it now. */
    public void signInFailed(String address) {
        change(ThrottleKey.signInAddress(address), state -> LoginThrottle.fail(state, addressLimit, clock.instant()));
    }

    /** The reserved attempt never reached a verdict (the accounts could not be read): it counts for nothing. */
    public void signInWithdrawn(String email) {
        change(ThrottleKey.account(email), state -> LoginThrottle.withdraw(state, accountLimit));
    }

    /**
     * Takes a place for one registration from {@code address}.
     *
     * @return how long until the address may register again (nothing was taken then), or empty if it may now
     */
    public Optional<Duration> reserveRegistration(String address) {
        return change(ThrottleKey.registrationAddress(address),
                state -> registrations.reserve(state, clock.instant()));
    }

    /** The registration reserved for {@code address} created no account (the email was taken, say). */
    public void releaseRegistration(String address) {
        change(ThrottleKey.registrationAddress(address), state -> registrations.release(state, clock.instant()));
    }

    /** Rows nobody needs any more, up to {@code atMost}; how many were deleted. */
    public int forgetOldRows(int atMost) {
        return rows.forget(clock.instant(), atMost);
    }

    private Optional<Duration> change(ThrottleKey key, Function<String, ThrottleChange> rule) {
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            Optional<ThrottleRows.Row> row = rows.find(key);
            ThrottleChange change = rule.apply(row.map(ThrottleRows.Row::state).orElse(""));
            if (change.refusedFor().isPresent() || change.state().isEmpty()) {
                return change.refusedFor();
            }
            if (row.isEmpty()) {
                // The row to count on must exist before anyone can change it conditionally; then read it again.
                rows.create(key);
            } else if (rows.replace(key, row.get().version(), change.state().get(), change.forgetAt())) {
                return Optional.empty();
            }
        }
        return Optional.of(BUSY);
    }
}
