package com.buildappswith.booking.scheduling.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a paid session's slot is held while the client pays, and how far one client may hold paid sessions
 * without paying, so that holding a builder's calendar is not free: a hold keeps its slot from everyone else for
 * {@link #hold()}, and without these limits one account could hold
 * the same slot again every time its hold lapsed, and a few accounts could hold every slot a builder has. Only new
 * holds are limited; a free session is confirmed at once and holds nothing.
 *
 * @param maxLiveHolds how many holds that have not lapsed one client may have at once, across all builders
 * @param coolDown     after a client's hold on a slot (one session type at one start) lapsed, how long before the
 *                     same client may hold that slot again; zero lets them at once
 * @param hold         how long a new hold keeps its slot while the client pays (stored by an admin, else
 *                     {@code BOOKING_HOLD_MINUTES})
 */
public record HoldLimits(int maxLiveHolds, Duration coolDown, Duration hold) {

    public static final int DEFAULT_MAX_LIVE_HOLDS = 2;
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofHours(24);
    public static final Duration DEFAULT_HOLD = Duration.ofMinutes(15);
    /** A day: longer than any checkout a provider keeps open (Stripe: 24 hours), so nothing could pay it. */
    public static final int MAX_HOLD_MINUTES = 1440;

    /** The limits when neither an admin nor the operator sets any ({@code SiteLimits.BUILT_IN}). */
    public static final HoldLimits DEFAULTS = new HoldLimits(DEFAULT_MAX_LIVE_HOLDS, DEFAULT_COOL_DOWN, DEFAULT_HOLD);

    /** Limits with the default hold length. */
    public HoldLimits(int maxLiveHolds, Duration coolDown) {
        this(maxLiveHolds, coolDown, DEFAULT_HOLD);
    }

    public HoldLimits {
        if (maxLiveHolds < 1) {
            throw new IllegalArgumentException("A client must be allowed at least one hold at a time.");
        }
        Objects.requireNonNull(coolDown, "A cool-down is required.");
        if (coolDown.isNegative()) {
            throw new IllegalArgumentException("The cool-down cannot be negative.");
        }
        Objects.requireNonNull(hold, "A hold length is required.");
        if (hold.compareTo(Duration.ofMinutes(1)) < 0 || hold.compareTo(Duration.ofMinutes(MAX_HOLD_MINUTES)) > 0) {
            throw new IllegalArgumentException("A hold lasts from 1 to " + MAX_HOLD_MINUTES + " minutes.");
        }
    }

    /**
     * Why the client cannot hold one more slot, or empty if they can.
     *
     * @param upcoming          the client's active bookings that have not ended, with any builder
     * @param holdsOfSlotExpire when the client's earlier holds on the slot being held lapse or lapsed (HELD or
     *                          EXPIRED bookings of the same session type at the same start)
     */
    public Optional<LimitRefusal> refusalFor(List<UpcomingBooking> upcoming, List<Instant> holdsOfSlotExpire,
                                             Instant now) {
        boolean lapsedRecently = holdsOfSlotExpire.stream()
                .anyMatch(expiry -> !expiry.isAfter(now) && now.isBefore(expiry.plus(coolDown)));
        if (lapsedRecently) {
            return Optional.of(LimitRefusal.HOLD_LAPSED_RECENTLY);
        }
        long live = upcoming.stream()
                .filter(booking -> booking.status() == BookingStatus.HELD && booking.occupiesSlotAt(now))
                .count();
        if (live >= maxLiveHolds) {
            return Optional.of(LimitRefusal.TOO_MANY_HOLDS);
        }
        return Optional.empty();
    }
}
