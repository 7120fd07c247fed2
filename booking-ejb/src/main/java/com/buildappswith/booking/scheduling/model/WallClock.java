package com.buildappswith.booking.scheduling.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * How a builder's wall-clock times on one local date become instants: the one rule for the slot engine and the
 * builder's calendar alike. A time that a spring-forward gap skips has no instant of its own; as the bound of some
 * hours it means the moment the clock jumps. A time that a fall-back overlap shows twice has two instants, and both
 * are real starts. Most dates keep one offset throughout, and then each time converts with plain arithmetic instead
 * of a lookup in the zone's rules.
 */
final class WallClock {

    private final LocalDate date;
    private final ZoneRules rules;
    private final ZoneOffset steadyOffset;

    WallClock(LocalDate date, ZoneId zone) {
        this.date = date;
        this.rules = zone.getRules();
        // Whatever the offset, every instant that shows this date (or midnight after it) lies between these two.
        Instant earliest = date.atStartOfDay().toInstant(ZoneOffset.MAX);
        Instant latest = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.MIN);
        ZoneOffsetTransition next = rules.nextTransition(earliest);
        this.steadyOffset = next == null || next.getInstant().isAfter(latest) ? rules.getOffset(earliest) : null;
    }

    LocalDate date() {
        return date;
    }

    /** Whether one offset holds all date long, so that wall-clock times map to instants by plain arithmetic. */
    boolean isSteady() {
        return steadyOffset != null;
    }

    /**
     * The first instant the clock shows {@code local}, or null when a gap skips it. Asked for every candidate start
     * of a search, so a steady date answers with arithmetic and nothing is allocated for a list of offsets.
     */
    Instant earliestShowing(LocalDateTime local) {
        if (steadyOffset != null) {
            return local.toInstant(steadyOffset);
        }
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        return offsets.isEmpty() ? null : local.toInstant(offsets.get(0));
    }

    /** The second instant the clock shows {@code local}, when a fall-back overlap shows it twice; else null. */
    Instant laterShowing(LocalDateTime local) {
        if (steadyOffset != null) {
            return null;
        }
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        return offsets.size() < 2 ? null : local.toInstant(offsets.get(1));
    }

    /** The first instant the clock shows {@code local} or later: when the clock jumps, if a gap skips it. */
    Instant firstInstantShowing(LocalDateTime local) {
        Instant earliest = earliestShowing(local);
        return earliest != null ? earliest : rules.getTransition(local).getInstant();
    }
}
