package com.buildappswith.booking.profile.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many accounts one client address may register within an hour, so that nobody makes accounts by the hundred
 * (each of which could hold slots, see the scheduling domain's hold limits). A registration takes its place before
 * the account is created and gives it back if none was, so parallel requests get no more accounts than serial ones.
 *
 * <p>State lives in this node's memory, as the sign-in throttle's does: several nodes each throttle on their own.
 */
public final class RegistrationThrottle {

    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int DEFAULT_PER_ADDRESS = 10;

    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final Clock clock;
    private final int perAddress;
    private final Map<String, Deque<Instant>> registrations = new ConcurrentHashMap<>();

    public RegistrationThrottle(Clock clock, int perAddress) {
        if (perAddress < 1) {
            throw new IllegalArgumentException("An address must be allowed at least one registration an hour.");
        }
        this.clock = clock;
        this.perAddress = perAddress;
    }

    /**
     * Takes a place for one registration from {@code address}.
     *
     * @return how long until the address may register again (nothing was taken then), or empty if it may now
     */
    public Optional<Duration> reserve(String address) {
        Instant now = clock.instant();
        if (registrations.size() > MAX_TRACKED_ADDRESSES) {
            // Registering from ever new addresses must not grow memory without bound.
            registrations.keySet().forEach(key -> registrations.computeIfPresent(key,
                    (k, times) -> times.isEmpty() || !times.peekLast().plus(WINDOW).isAfter(now) ? null : times));
        }
        Duration[] wait = new Duration[1];
        registrations.compute(address, (key, previous) -> {
            Deque<Instant> times = previous == null ? new ArrayDeque<>() : previous;
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
                times.pollFirst();
            }
            if (times.size() >= perAddress) {
                wait[0] = Duration.between(now, times.peekFirst().plus(WINDOW));
            } else {
                times.addLast(now);
            }
            return times;
        });
        return Optional.ofNullable(wait[0]);
    }

    /** The registration reserved for {@code address} created no account (the email was taken, say). */
    public void release(String address) {
        registrations.computeIfPresent(address, (key, times) -> {
            times.pollLast();
            return times.isEmpty() ? null : times;
        });
    }
}
