package com.buildappswith.booking.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates the product deals in: no booking, search or calendar reaches before 2000 or beyond 2999. A date outside
 * them is a malformed request (a typo, or a probe with {@code +999999999-12-31}), refused as such before any
 * arithmetic on it could overflow.
 */
public final class CalendarRange {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);
    private static final Instant EARLIEST = FIRST.atStartOfDay(ZoneOffset.MAX).toInstant();
    private static final Instant LATEST = LAST.plusDays(1).atStartOfDay(ZoneOffset.MIN).toInstant();

    private CalendarRange() {
    }

    /** @throws DomainException (400) when {@code date}, named {@code what} to the caller, lies outside the range */
    public static LocalDate check(String what, LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw outside(what);
        }
        return date;
    }

    /** @throws DomainException (400) when {@code instant}, named {@code what} to the caller, lies outside the range */
    public static Instant check(String what, Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw outside(what);
        }
        return instant;
    }

    private static DomainException outside(String what) {
        return new DomainException(ProblemType.INVALID_INPUT,
                "The " + what + " must lie between " + FIRST + " and " + LAST + ".");
    }
}
