package com.buildappswith.booking.web;

import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.shared.Money;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How money, durations, times and statuses read on every page: the one place those words are chosen, used by the
 * composite components in {@code resources/booking} (through the functions of {@code WEB-INF/booking.taglib.xml})
 * and by view models that carry text. Pages are in English for now, hence the fixed locale.
 */
public final class Formats {

    /**
     * The one clock every page shows times on: 24 hours, so that no "am"/"pm" is needed beside the zone each time
     * names. The pattern reads the same to java.time and to the calendar's Moment.js formatting.
     */
    public static final String CLOCK_PATTERN = "HH:mm";

    /** What a price without an amount says: the session costs nothing. */
    public static final String FREE = "Free";

    /** How the end of a day reads as the end of hours: a 24-hour clock's last moment. */
    private static final String MIDNIGHT_END = "24:00";
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, " + CLOCK_PATTERN, Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern(CLOCK_PATTERN, Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK_WITH_ZONE =
            DateTimeFormatter.ofPattern(CLOCK_PATTERN + " (zzz)", Locale.ENGLISH);

    private Formats() {
    }

    /**
     * An amount as its ISO currency code and the amount with the currency's minor digits ("USD 150.00",
     * "JPY 5000"): the code is unambiguous where a symbol is not ($ is several currencies).
     */
    public static String money(Money money) {
        Objects.requireNonNull(money, "Money is required.");
        return money.currency().getCurrencyCode() + " " + money.amount().toPlainString();
    }

    /** A session's price: its amount, or {@link #FREE} when it has none. */
    public static String price(Money price) {
        return price == null ? FREE : money(price);
    }

    /** A length of time as people say it: "45 min", "1 h 30 min", "2 h", "30 days", "1 day 2 h". */
    public static String duration(Duration duration) {
        return String.join(" ", parts(duration));
    }

    /**
     * Two lengths side by side, such as the buffers before and after a session: "10 / 15 min" when both are
     * minutes only, else each in full ("1 h / 15 min").
     */
    public static String durations(Duration first, Duration second) {
        List<String> firstParts = parts(first);
        List<String> secondParts = parts(second);
        if (firstParts.size() == 2 && secondParts.size() == 2 && firstParts.get(1).equals(secondParts.get(1))) {
            return firstParts.get(0) + " / " + secondParts.get(0) + " " + secondParts.get(1);
        }
        return duration(first) + " / " + duration(second);
    }

    /** Numbers and units, largest first, zero parts left out; nothing at all is "0 min". */
    private static List<String> parts(Duration duration) {
        Objects.requireNonNull(duration, "Duration is required.");
        List<String> parts = new ArrayList<>();
        long days = duration.toDays();
        if (days > 0) {
            parts.add(Long.toString(days));
            parts.add(days == 1 ? "day" : "days");
        }
        if (duration.toHoursPart() > 0) {
            parts.add(Integer.toString(duration.toHoursPart()));
            parts.add("h");
        }
        if (duration.toMinutesPart() > 0 || parts.isEmpty()) {
            parts.add(Integer.toString(duration.toMinutesPart()));
            parts.add("min");
        }
        return parts;
    }

    /**
     * A moment with the zone it is shown in, which every time on a page names: "Monday 1 June 2026, 09:00
     * (Asia/Kolkata)". {@code time} is a {@link ZonedDateTime} or an {@link Instant}; {@code zone}, when given,
     * is the IANA zone to show it in (required for an Instant).
     */
    public static String dateTime(TemporalAccessor time, String zone) {
        ZonedDateTime zoned = zoned(time, zone);
        return DATE_TIME.format(zoned) + " (" + zoned.getZone().getId() + ")";
    }

    private static ZonedDateTime zoned(TemporalAccessor time, String zone) {
        Objects.requireNonNull(time, "A time is required.");
        boolean zoneGiven = zone != null && !zone.isBlank();
        if (time instanceof Instant instant) {
            if (!zoneGiven) {
                throw new IllegalArgumentException("An instant needs a zone to be shown in.");
            }
            return instant.atZone(ZoneId.of(zone.strip()));
        }
        ZonedDateTime zoned = ZonedDateTime.from(time);
        return zoneGiven ? zoned.withZoneSameInstant(ZoneId.of(zone.strip())) : zoned;
    }

    /** A day heading where the zone is named once for the whole list: "Monday 1 June". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A run of days, such as a week of free times: "Monday 30 November to Sunday 6 December 2026". */
    public static String days(LocalDate first, LocalDate last) {
        return (first.getYear() == last.getYear() ? DAY.format(first) : DAY_IN_YEAR.format(first)) + " to "
                + DAY_IN_YEAR.format(last);
    }

    /** The pattern of {@link #clockTime}, for components that format times themselves (the week calendar). */
    public static String clockPattern() {
        return CLOCK_PATTERN;
    }

    /** A date in full, where no time goes with it: "Monday 1 June 2026". */
    public static String date(LocalDate date) {
        return DAY_IN_YEAR.format(date);
    }

    /** A day of the week as a word: "Monday". */
    public static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * Hours on a wall clock, where the zone is named once nearby: "09:00–17:30", and "20:00–24:00" for hours that run
     * until the day is over.
     */
    public static String hours(LocalRange hours) {
        return CLOCK.format(hours.start()) + "–" + (hours.runsToMidnight() ? MIDNIGHT_END : CLOCK.format(hours.end()));
    }

    /**
     * From one moment to another on the same wall clock: "09:00–10:30"; an end at the midnight that closes the
     * start's day is "24:00".
     */
    public static String timeSpan(ZonedDateTime start, ZonedDateTime end) {
        boolean closesTheDay = end.toLocalTime().equals(LocalTime.MIDNIGHT)
                && end.toLocalDate().equals(start.toLocalDate().plusDays(1));
        return CLOCK.format(start) + "–" + (closesTheDay ? MIDNIGHT_END : CLOCK.format(end));
    }

    /** The time of day on a 24-hour clock ("09:30"), where the zone is named once nearby. */
    public static String clockTime(TemporalAccessor time) {
        return CLOCK.format(time);
    }

    /** A wall-clock time with its zone's abbreviation for that moment ("01:30 (EST)"). */
    public static String clockTimeWithZone(ZonedDateTime time) {
        return CLOCK_WITH_ZONE.format(time);
    }

    /** Words such as expertise tags as one line: "Java, Architecture". */
    public static String list(Collection<String> words) {
        return String.join(", ", words);
    }

    /** Constants such as an account's roles as words, in their declared order: "Client, Builder, Admin". */
    public static String words(Collection<? extends Enum<?>> constants) {
        return constants.stream().sorted(Comparator.comparingInt(Enum::ordinal))
                .map(constant -> status(constant.name()))
                .collect(Collectors.joining(", "));
    }

    /** A status constant as a word: "ACTIVE" reads "Active", "PAYMENT_PENDING" reads "Payment pending". */
    public static String status(String status) {
        if (status == null || status.isBlank()) {
            return "";
        }
        String words = status.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
