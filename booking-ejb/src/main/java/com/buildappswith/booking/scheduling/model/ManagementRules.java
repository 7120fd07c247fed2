package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.policy.model.Canceller;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What may be done with a booking once it is made, and if not, why not, in words for the person who asked. Each
 * question answers empty when the action is allowed at {@code now}, or the reason it is not. Nothing is allowed on
 * a booking that is closed (cancelled, completed, missed) or lapsed.
 * <p>
 * The rules: the client may cancel a confirmed session until it starts (what comes back follows the terms, possibly
 * nothing) and let a live hold go; the builder may cancel a confirmed session until it ends, and an admin a held or
 * confirmed one at any time (both refund in full). The client may move a confirmed session until the terms'
 * reschedule deadline, as often as they allow. The builder records how a confirmed session went once it ended.
 * <p>
 * Times in the reasons are in UTC and say so; pages that know the viewer's zone show the instants in the booking's
 * terms beside them.
 */
public final class ManagementRules {

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ManagementRules() {
    }

    /** Why {@code canceller} cannot cancel the booking now, or empty when they can. */
    public static Optional<String> refusalToCancel(Canceller canceller, BookingStanding booking, Instant now) {
        Objects.requireNonNull(canceller, "Who cancels is required.");
        Optional<String> closed = closed(booking, now);
        if (closed.isPresent()) {
            return closed;
        }
        BookingStatus status = booking.statusAt(now);
        return switch (canceller) {
            case CLIENT -> status == BookingStatus.HELD || now.isBefore(booking.start()) ? Optional.empty()
                    : Optional.of("The session started at " + utc(booking.start()) + ": it can no longer be "
                    + "cancelled.");
            case BUILDER -> {
                if (status == BookingStatus.HELD) {
                    yield Optional.of("The client has not paid for this session yet; the hold lapses at "
                            + utc(booking.holdExpiresAt().orElseThrow()) + ".");
                }
                yield now.isBefore(booking.end()) ? Optional.empty()
                        : Optional.of("The session ended at " + utc(booking.end())
                        + ": record how it went instead.");
            }
            case ADMIN -> Optional.empty();
        };
    }

    /** Why the client cannot move the booking to another time now, or empty when they can. */
    public static Optional<String> refusalToReschedule(BookingStanding booking, Instant now) {
        Optional<String> closed = closed(booking, now);
        if (closed.isPresent()) {
            return closed;
        }
        if (booking.statusAt(now) == BookingStatus.HELD) {
            return Optional.of("A session can be moved once it is paid.");
        }
        Instant deadline = booking.terms().rescheduleUntil(booking.start());
        if (now.isAfter(deadline)) {
            return Optional.of("Moving is possible until " + utc(deadline) + "; that has passed.");
        }
        if (!booking.terms().allowsAnotherReschedule(booking.rescheduleCount())) {
            int max = booking.terms().maxReschedules();
            return Optional.of(max == 0 ? "The terms of this booking do not allow moving it."
                    : "It was moved " + booking.rescheduleCount() + " times already, the most its terms allow.");
        }
        return Optional.empty();
    }

    /** Why the builder cannot record how the session went now, or empty when they can. */
    public static Optional<String> refusalToRecordOutcome(BookingStanding booking, Instant now) {
        Optional<String> closed = closed(booking, now);
        if (closed.isPresent()) {
            return closed;
        }
        if (booking.statusAt(now) == BookingStatus.HELD) {
            return Optional.of("The client has not paid for this session.");
        }
        return now.isBefore(booking.end())
                ? Optional.of("How it went can be recorded once the session ends at " + utc(booking.end()) + ".")
                : Optional.empty();
    }

    /**
     * Whether the system marks the session COMPLETED now: it is still CONFIRMED and {@code grace} has passed since it
     * ended, the time the builder had to record how it went (a no-show, say) themselves.
     */
    public static boolean isDueForCompletion(BookingStanding booking, Instant now, Duration grace) {
        Objects.requireNonNull(grace, "The grace period is required.");
        return booking.statusAt(now) == BookingStatus.CONFIRMED && !now.isBefore(booking.end().plus(grace));
    }

    /** Whether the client may pay for the booking now: it is held and the hold is live. */
    public static boolean canPay(BookingStanding booking, Instant now) {
        return booking.statusAt(now) == BookingStatus.HELD;
    }

    private static Optional<String> closed(BookingStanding booking, Instant now) {
        return switch (booking.statusAt(now)) {
            case HELD, CONFIRMED -> Optional.empty();
            case EXPIRED -> Optional.of("The hold on this slot lapsed before it was paid.");
            case CANCELLED_BY_CLIENT, CANCELLED_BY_BUILDER -> Optional.of("This booking was cancelled.");
            case COMPLETED, NO_SHOW -> Optional.of("This session is over and its outcome recorded.");
        };
    }

    /** An instant as the reasons say it: "Tue 3 Dec 2026 14:00 UTC". */
    public static String utc(Instant instant) {
        return UTC_TIME.format(instant);
    }
}
