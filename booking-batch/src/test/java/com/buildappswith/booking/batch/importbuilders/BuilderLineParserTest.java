package com.buildappswith.booking.batch.importbuilders;

import com.buildappswith.booking.profile.model.EmailAddress;
import com.buildappswith.booking.scheduling.application.ImportedBuilder;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.WeeklyHours;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuilderLineParserTest {

    private final BuilderLineParser parser = new BuilderLineParser();

    @Test
    void parsesEveryColumnOfAGoodLine() throws InvalidBuilderLineException {
        ImportedBuilder builder = parser.parse(record("ada@example.com", "Ada", "Architect", "Line one\nLine two",
                "Java| Jakarta EE |", "Asia/Kolkata",
                "Intro/20/free/Say hello;Review/60/USD 150.00/Bring your code/design docs",
                "MON-WED 09:00-12:00; SAT 10:30-11:00"));

        assertThat(builder.email()).isEqualTo(new EmailAddress("ada@example.com"));
        assertThat(builder.profile().displayName()).isEqualTo("Ada");
        assertThat(builder.profile().headline()).isEqualTo("Architect");
        assertThat(builder.profile().bio()).isEqualTo("Line one\nLine two");
        assertThat(builder.profile().expertise()).containsExactly("Java", "Jakarta EE");
        assertThat(builder.profile().timezone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(builder.profile().avatarUrl()).isEmpty();
        assertThat(builder.sessions()).containsExactly(
                new OfferedSession("Intro", "Say hello", Duration.ofMinutes(20), Optional.empty()),
                new OfferedSession("Review", "Bring your code/design docs", Duration.ofMinutes(60),
                        Optional.of(new Money(15_000, Currency.getInstance("USD")))));
        assertThat(builder.weeklyHours()).containsExactly(
                new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklyHours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(10, 30), LocalTime.of(11, 0)));
    }

    @Test
    void aDayRangeMayWrapAroundTheWeek() throws InvalidBuilderLineException {
        ImportedBuilder builder = parser.parse(good().with(7, "SAT-MON 10:00-11:00").record());

        assertThat(builder.weeklyHours()).extracting(WeeklyHours::day)
                .containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    }

    @Test
    void hoursMayRunUntilMidnight() throws InvalidBuilderLineException {
        ImportedBuilder builder = parser.parse(good().with(7, "FRI-SAT 20:00-24:00").record());

        assertThat(builder.weeklyHours()).containsExactly(
                new WeeklyHours(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT),
                new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT));
        assertThat(builder.weeklyHours().get(0).hours().runsToMidnight()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"free", "FREE", "USD 0", "EUR 0.00"})
    void aPriceOfFreeOrZeroIsFree(String price) throws InvalidBuilderLineException {
        ImportedBuilder builder = parser.parse(good().with(6, "Call/30/" + price + "/Talk").record());

        assertThat(builder.sessions().get(0).price()).isEmpty();
    }

    @Test
    void aCurrencyWithoutMinorUnitsTakesWholeAmounts() throws InvalidBuilderLineException {
        ImportedBuilder builder = parser.parse(good().with(6, "Review/45/JPY 12000/Schema review").record());

        assertThat(builder.sessions().get(0).price()).contains(new Money(12_000, Currency.getInstance("JPY")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0|not-an-email|line 7: email 'not-an-email' is not an email address",
            "1| |line 7: Display name is required.",
            "5|Mars/Olympus|line 7: timezone 'Mars/Olympus' is not an IANA zone id such as Europe/London",
            "6|Call/30/cheap/x|line 7: price 'cheap' must be 'free' or a currency and amount such as 'USD 150.00'",
            "6|Call/30/USD150/x|line 7: price 'USD150' must be 'free' or a currency and amount such as 'USD 150.00'",
            "6|Call/30/XYZ 10.00/x|line 7: price 'XYZ 10.00': 'XYZ' is not an ISO 4217 currency code such as USD.",
            "6|Call/30/USD 10.001/x|line 7: price 'USD 10.001': An amount in USD has at most 2 decimal places.",
            "6|Call/30/USD -5/x|line 7: price 'USD -5': '-5' is not an amount such as 150.00.",
            "6|Call/3/free/x|line 7: a session lasts 5 to 480 minutes, not 3",
            "6|Call/thirty/free/x|line 7: session minutes 'thirty' is not a whole number",
            "6|Call/30/free|line 7: session type 'Call/30/free' must be name/minutes/price/description",
            "6|;|line 7: at least one session type is required",
            "7|MON 17:00-09:00|line 7: weekly hours 'MON 17:00-09:00': A range must start before it ends: 17:00-09:00.",
            "7|MON 24:00-24:00|line 7: weekly hours 'MON 24:00-24:00': '24:00' is not a start time"
                    + " (HH:MM, 00:00 to 23:59).",
            "7|FOO 09:00-10:00|line 7: 'FOO' is not a day (MON, TUE, ... SUN)",
            "7|MON 09:00-25:00|line 7: weekly hours 'MON 09:00-25:00': '25:00' is not an end time"
                    + " (HH:MM, at most 24:00).",
            "7|Mondays 9 to 5|line 7: weekly hours 'Mondays 9 to 5' must look like 'MON-FRI 09:00-17:00'",
    })
    void explainsWhatIsWrongWithABadColumn(int column, String value, String message) {
        CsvRecord bad = good().with(column, value == null ? "" : value).record();

        assertThatThrownBy(() -> parser.parse(bad))
                .isInstanceOf(InvalidBuilderLineException.class)
                .hasMessage(message);
    }

    @Test
    void refusesALineWithTheWrongNumberOfColumns() {
        assertThatThrownBy(() -> parser.parse(new CsvRecord(3, List.of("a@b.co", "Name"))))
                .hasMessageStartingWith("line 3: expected 8 columns (email, display_name");
    }

    @Test
    void refusesAnOverlongEmail() {
        assertThatThrownBy(() -> parser.parse(good().with(0, "a".repeat(250) + "@b.co").record()))
                .hasMessage("line 7: email is longer than 254 characters");
    }

    @Test
    void refusesOverlongText() {
        assertThatThrownBy(() -> parser.parse(good().with(2, "x".repeat(161)).record()))
                .hasMessage("line 7: Headline must be at most 160 characters.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profileRuleBreaches")
    void refusesProfileDetailsThatAnApplicationCouldNotHave(String rule, int column, String value, String message) {
        CsvRecord bad = good().with(column, value).record();

        assertThatThrownBy(() -> parser.parse(bad))
                .isInstanceOf(InvalidBuilderLineException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> profileRuleBreaches() {
        return Stream.of(
                Arguments.of("overlong display name", 1, "N".repeat(101),
                        "line 7: Display name must be at most 100 characters."),
                Arguments.of("overlong bio", 3, "B".repeat(4001), "line 7: Bio must be at most 4000 characters."),
                Arguments.of("overlong tag", 4, "T".repeat(41),
                        "line 7: An expertise tag must be at most 40 characters."),
                Arguments.of("eleven tags", 4, "a|b|c|d|e|f|g|h|i|j|k", "line 7: At most 10 expertise tags, please."));
    }

    @Test
    void takesProfileDetailsAsAnApplicationWould() throws InvalidBuilderLineException {
        ImportedBuilder builder = parser.parse(good().with(3, " ").with(4, "Java|java| JAVA |Go").record());

        assertThat(builder.profile().bio()).isEmpty();
        assertThat(builder.profile().expertise()).containsExactly("Java", "Go");
    }

    @Test
    void recognisesTheHeader() {
        assertThat(parser.isHeader(new CsvRecord(1, BuilderLineParser.COLUMNS))).isTrue();
        assertThat(parser.isHeader(good().record())).isFalse();
    }

    @Test
    void everyLineOfTheShippedDemoFileIsValid() throws Exception {
        List<ImportedBuilder> builders = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new InputStreamReader(
                getClass().getResourceAsStream(BuilderFileReader.DEMO_FILE), StandardCharsets.UTF_8))) {
            for (Optional<CsvRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
                if (!parser.isHeader(record.get())) {
                    builders.add(parser.parse(record.get()));
                }
            }
        }

        assertThat(builders).hasSize(6);
        assertThat(builders).extracting(b -> b.profile().timezone().getRules().getStandardOffset(Instant.EPOCH)
                        .getTotalSeconds() % 3600)
                .as("one builder has a half-hour offset").anyMatch(seconds -> seconds != 0);
        assertThat(builders).anySatisfy(b -> assertThat(b.sessions()).anyMatch(s -> s.price().isEmpty()));
        assertThat(builders).anySatisfy(b -> assertThat(b.sessions()).anyMatch(s -> s.price().isPresent()));
    }

    private static Fields good() {
        return new Fields(new ArrayList<>(List.of("sam@example.com", "Sam", "Security", "Bio", "Security",
                "Europe/London", "Call/30/free/Talk", "MON 09:00-10:00")));
    }

    private static CsvRecord record(String... fields) {
        return new CsvRecord(7, List.of(fields));
    }

    private record Fields(List<String> values) {

        Fields with(int column, String value) {
            values.set(column, value);
            return this;
        }

        CsvRecord record() {
            return new CsvRecord(7, values);
        }
    }
}
