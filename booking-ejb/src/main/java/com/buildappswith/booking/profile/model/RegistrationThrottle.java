package com.buildappswith.booking.profile.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How many accounts one client address may register within an hour, so that nobody makes accounts by the hundred
 * (each of which could hold slots, see the scheduling domain's hold limits). A registration takes its place before
 * the account is created and gives it back if none was, so parallel requests get no more accounts than serial ones.
 *
 * <p>These are the rules alone, on one address's registrations of the last hour as {@link SharedThrottles} reads
 * them from the rows every node shares.
 */
public final class RegistrationThrottle {

    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int DEFAULT_PER_ADDRESS = 10;
    /** The most a setting may allow: the row keeps the time of each registration of the last hour. */
    public static final int MOST_PER_ADDRESS = 1000;

    private final int perAddress;

    public RegistrationThrottle(int perAddress) {
        if (perAddress < 1 || perAddress > MOST_PER_ADDRESS) {
            throw new IllegalArgumentException("An address must be allowed 1 to " + MOST_PER_ADDRESS
                    + " registrations an hour.");
        }
        this.perAddress = perAddress;
    }

    /** Takes a place for one registration, or says how long until the address may register again. */
    public ThrottleChange reserve(String state, Instant now) {
        List<Instant> times = recent(state, now);
        if (times.size() >= perAddress) {
            return ThrottleChange.refused(Duration.between(now, times.get(0).plus(WINDOW)));
        }
        times.add(now);
        return ThrottleChange.write(format(times), now.plus(WINDOW));
    }

    /** The latest registration created no account (the email was taken, say): its place is given back. */
    public ThrottleChange release(String state, Instant now) {
        List<Instant> times = recent(state, now);
        if (times.isEmpty()) {
            return ThrottleChange.none();
        }
        times.remove(times.size() - 1);
        Instant forgetAt = times.isEmpty() ? now : times.get(times.size() - 1).plus(WINDOW);
        return ThrottleChange.write(format(times), forgetAt);
    }

    /** The registrations of the last hour, oldest first ({@code state}: their epoch milliseconds, comma-separated). */
    private static List<Instant> recent(String state, Instant now) {
        List<Instant> times = new ArrayList<>();
        if (state != null && !state.isEmpty()) {
            Arrays.stream(state.split(",")).map(Long::parseLong).map(Instant::ofEpochMilli)
                    .filter(time -> time.plus(WINDOW).isAfter(now)).forEach(times::add);
        }
        return times;
    }

    private static String format(List<Instant> times) {
        return times.stream().map(time -> Long.toString(time.toEpochMilli())).collect(Collectors.joining(","));
    }
}
