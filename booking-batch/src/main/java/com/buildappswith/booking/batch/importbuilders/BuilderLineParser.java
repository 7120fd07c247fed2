package com.buildappswith.booking.batch.importbuilders;

import com.buildappswith.booking.profile.model.EmailAddress;
import com.buildappswith.booking.profile.model.InvalidProfileException;
import com.buildappswith.booking.profile.model.ProfileDetails;
import com.buildappswith.booking.scheduling.application.ImportedBuilder;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.WeeklyHours;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.shared.InvalidAmountException;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.ZoneNames;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one CSV record into a builder to import, or says precisely what is wrong with it. */
public final class BuilderLineParser {

    static final List<String> COLUMNS = List.of("email", "display_name", "headline", "bio", "expertise", "timezone",
            "session_types", "weekly_hours");
    private static final Pattern HOURS = Pattern.compile(
            "(?<from>[A-Z]{3})(?:-(?<to>[A-Z]{3}))?\\s+(?<start>\\d{2}:\\d{2})-(?<end>\\d{2}:\\d{2})");

    public ImportedBuilder parse(CsvRecord record) throws InvalidBuilderLineException {
        Line line = new Line(record.lineNumber());
        List<String> fields = record.fields();
        if (fields.size() != COLUMNS.size()) {
            throw line.invalid("expected " + COLUMNS.size() + " columns (" + String.join(", ", COLUMNS)
                    + ") but found " + fields.size());
        }
        String email = line.required("email", fields.get(0), EmailAddress.MAX_LENGTH);
        return new ImportedBuilder(
                EmailAddress.parse(email)
                        .orElseThrow(() -> line.invalid("email '" + email + "' is not an email address")),
                profile(line, fields), sessions(line, fields.get(6)),
                weeklyHours(line, fields.get(7)));
    }

    public boolean isHeader(CsvRecord record) {
        return record.fields().equals(COLUMNS);
    }

    /**
     * The profile columns, held to the rules of a builder's application ({@link ProfileDetails}); a line that breaks
     * one is refused with that rule's message.
     */
    private static ProfileDetails profile(Line line, List<String> fields) throws InvalidBuilderLineException {
        ZoneId timezone = timezone(line, fields.get(5));
        try {
            return new ProfileDetails(fields.get(1), fields.get(2), fields.get(3), List.of(fields.get(4).split("\\|")),
                    timezone, Optional.empty());
        } catch (InvalidProfileException e) {
            throw line.invalid(e.getMessage());
        }
    }

    private static ZoneId timezone(Line line, String text) throws InvalidBuilderLineException {
        String id = line.required("timezone", text, 64);
        try {
            return ZoneNames.canonical(ZoneId.of(id));
        } catch (DateTimeException e) {
            throw line.invalid("timezone '" + id + "' is not an IANA zone id such as Europe/London");
        }
    }

    private static List<OfferedSession> sessions(Line line, String text) throws InvalidBuilderLineException {
        List<OfferedSession> sessions = new ArrayList<>();
        for (String entry : entries(text)) {
            String[] parts = entry.split("/", 4);
            if (parts.length != 4) {
                throw line.invalid("session type '" + entry + "' must be name/minutes/price/description");
            }
            sessions.add(new OfferedSession(
                    line.required("session type name", parts[0], SessionType.MAX_NAME),
                    line.required("session type description", parts[3], SessionType.MAX_DESCRIPTION),
                    duration(line, parts[1]),
                    price(line, parts[2].strip())));
        }
        if (sessions.isEmpty()) {
            throw line.invalid("at least one session type is required");
        }
        return sessions;
    }

    private static Duration duration(Line line, String text) throws InvalidBuilderLineException {
        try {
            Duration duration = Duration.ofMinutes(Integer.parseInt(text.strip()));
            if (duration.compareTo(SessionType.SHORTEST) < 0 || duration.compareTo(SessionType.LONGEST) > 0) {
                throw line.invalid("a session lasts " + SessionType.SHORTEST.toMinutes() + " to "
                        + SessionType.LONGEST.toMinutes() + " minutes, not " + text.strip());
            }
            return duration;
        } catch (NumberFormatException e) {
            throw line.invalid("session minutes '" + text.strip() + "' is not a whole number");
        }
    }

    /** "free", or a currency and an amount; an amount of zero is free too. */
    private static Optional<Money> price(Line line, String text) throws InvalidBuilderLineException {
        if (text.equalsIgnoreCase("free")) {
            return Optional.empty();
        }
        String[] currencyAndAmount = text.split("\\s+");
        if (currencyAndAmount.length != 2) {
            throw line.invalid("price '" + text + "' must be 'free' or a currency and amount such as 'USD 150.00'");
        }
        try {
            Money price = Money.parse(currencyAndAmount[1], currencyAndAmount[0]);
            return price.isZero() ? Optional.empty() : Optional.of(price);
        } catch (InvalidAmountException e) {
            throw line.invalid("price '" + text + "': " + e.getMessage());
        }
    }

    private static List<WeeklyHours> weeklyHours(Line line, String text) throws InvalidBuilderLineException {
        List<WeeklyHours> hours = new ArrayList<>();
        for (String entry : entries(text)) {
            Matcher matcher = HOURS.matcher(entry);
            if (!matcher.matches()) {
                throw line.invalid("weekly hours '" + entry + "' must look like 'MON-FRI 09:00-17:00'");
            }
            DayOfWeek from = day(line, matcher.group("from"));
            DayOfWeek to = matcher.group("to") == null ? from : day(line, matcher.group("to"));
            LocalRange range;
            try {
                range = LocalRange.parse(matcher.group("start"), matcher.group("end"));
            } catch (IllegalArgumentException e) {
                throw line.invalid("weekly hours '" + entry + "': " + e.getMessage());
            }
            for (DayOfWeek day = from; ; day = day.plus(1)) {
                hours.add(new WeeklyHours(day, range));
                if (day == to) {
                    break;
                }
            }
        }
        return hours;
    }

    private static DayOfWeek day(Line line, String abbreviation) throws InvalidBuilderLineException {
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> day.name().startsWith(abbreviation))
                .findFirst()
                .orElseThrow(() -> line.invalid("'" + abbreviation + "' is not a day (MON, TUE, ... SUN)"));
    }

    private static List<String> entries(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    private record Line(int number) {

        InvalidBuilderLineException invalid(String problem) {
            return new InvalidBuilderLineException(number, problem);
        }

        String required(String column, String value, int maxLength) throws InvalidBuilderLineException {
            String stripped = value.strip();
            if (stripped.isEmpty()) {
                throw invalid(column + " is required");
            }
            if (stripped.length() > maxLength) {
                throw invalid(column + " is longer than " + maxLength + " characters");
            }
            return stripped;
        }
    }
}
