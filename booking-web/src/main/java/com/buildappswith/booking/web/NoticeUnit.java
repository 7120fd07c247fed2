package com.buildappswith.booking.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * The unit a notice is typed in on a form (a session type's minimum notice, a policy's deadlines): a notice read into
 * a form is shown in the largest unit the form offers that measures it whole, and typed back as amount times unit.
 */
public enum NoticeUnit {
    MINUTES(Duration.ofMinutes(1)), HOURS(Duration.ofHours(1)), DAYS(Duration.ofDays(1));

    private final Duration length;

    NoticeUnit(Duration length) {
        this.length = length;
    }

    public Duration times(int amount) {
        return length.multipliedBy(amount);
    }

    /** The largest unit that measures {@code notice} in whole numbers (zero reads as hours). */
    public static NoticeUnit largestFor(Duration notice) {
        return largestFor(notice, values());
    }

    /**
     * The largest of the units a form offers ({@code among}, which includes MINUTES) that measures {@code notice} in
     * whole numbers; zero reads as hours where hours are offered.
     */
    public static NoticeUnit largestFor(Duration notice, NoticeUnit... among) {
        if (notice.isZero() && Arrays.asList(among).contains(HOURS)) {
            return HOURS;
        }
        return Arrays.stream(among)
                .filter(unit -> notice.toMinutes() % unit.length.toMinutes() == 0)
                .max(Comparator.comparing(unit -> unit.length))
                .orElse(MINUTES);
    }

    /** {@code notice} in this unit, which must measure it whole. */
    public int amountOf(Duration notice) {
        return Math.toIntExact(notice.toMinutes() / length.toMinutes());
    }

    /** The unit as the form's menu names it: "hours". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
