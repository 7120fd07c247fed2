package com.buildappswith.booking.web.admin;

import java.time.Duration;
import java.util.Locale;

/** The unit a notice is typed in on the policy form; a notice is shown in the largest unit that divides it. */
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
    static NoticeUnit largestFor(Duration notice) {
        if (notice.isZero()) {
            return HOURS;
        }
        for (NoticeUnit unit : new NoticeUnit[] {DAYS, HOURS}) {
            if (notice.toMinutes() % unit.length.toMinutes() == 0) {
                return unit;
            }
        }
        return MINUTES;
    }

    /** {@code notice} in this unit, which must measure it whole. */
    int amountOf(Duration notice) {
        return Math.toIntExact(notice.toMinutes() / length.toMinutes());
    }

    /** The unit as the form's menu names it: "hours". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
