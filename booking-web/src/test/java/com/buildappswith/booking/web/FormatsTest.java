package com.buildappswith.booking.web;

import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatsTest {

    @ParameterizedTest
    @CsvSource({"20, 20 min", "60, 1 h", "90, 1 h 30 min", "480, 8 h", "0, 0 min", "1440, 1 day",
            "43200, 30 days", "1590, 1 day 2 h 30 min"})
    void wordsDurationsAsPeopleSayThem(int minutes, String label) {
        assertThat(Formats.duration(Duration.ofMinutes(minutes))).isEqualTo(label);
    }

    @Test
    void namesTheUnitOnceWhenTwoDurationsShareIt() {
        assertThat(Formats.durations(Duration.ofMinutes(10), Duration.ofMinutes(15))).isEqualTo("10 / 15 min");
        assertThat(Formats.durations(Duration.ofMinutes(90), Duration.ofMinutes(15)))
                .isEqualTo("1 h 30 min / 15 min");
    }

    @ParameterizedTest
    @CsvSource({"12000, USD, USD 120.00", "400000, INR, INR 4000.00", "5000, JPY, JPY 5000", "5, EUR, EUR 0.05"})
    void writesMoneyAsCurrencyCodeAndAmountWithTheCurrencysDigits(long minor, String currency, String text) {
        assertThat(Formats.money(new Money(minor, Currency.getInstance(currency)))).isEqualTo(text);
    }

    @Test
    void aPriceWithoutAnAmountIsFree() {
        assertThat(Formats.price(null)).isEqualTo("Free");
        assertThat(Formats.price(new Money(0, Currency.getInstance("USD")))).isEqualTo("USD 0.00");
    }

    @Test
    void namesTheZoneOfEveryTime() {
        ZonedDateTime kolkata = ZonedDateTime.of(2026, 6, 1, 9, 30, 0, 0, ZoneId.of("Asia/Kolkata"));

        assertThat(Formats.dateTime(kolkata, null)).isEqualTo("Monday 1 June 2026, 09:30 (Asia/Kolkata)");
        assertThat(Formats.dateTime(kolkata, "UTC")).isEqualTo("Monday 1 June 2026, 04:00 (UTC)");
        assertThat(Formats.dateTime(kolkata.toInstant(), "America/New_York"))
                .isEqualTo("Monday 1 June 2026, 00:00 (America/New_York)");
    }

    @Test
    void wordsDatesAndWeekdays() {
        assertThat(Formats.date(LocalDate.of(2026, 6, 1))).isEqualTo("Monday 1 June 2026");
        assertThat(Formats.weekday(DayOfWeek.MONDAY)).isEqualTo("Monday");
        assertThat(Formats.weekday(DayOfWeek.SUNDAY)).isEqualTo("Sunday");
    }

    @Test
    void hoursUntilTheEndOfTheDayEndAt24() {
        assertThat(Formats.hours(new LocalRange(LocalTime.of(9, 0), LocalTime.of(17, 30)))).isEqualTo("09:00–17:30");
        assertThat(Formats.hours(new LocalRange(LocalTime.of(20, 0), LocalTime.MIDNIGHT))).isEqualTo("20:00–24:00");
    }

    @Test
    void aSpanEndingAtTheMidnightAfterItsStartEndsAt24() {
        ZonedDateTime eight = ZonedDateTime.of(2026, 6, 1, 20, 0, 0, 0, ZoneId.of("America/New_York"));

        assertThat(Formats.timeSpan(eight, eight.plusHours(4))).isEqualTo("20:00–24:00");
        assertThat(Formats.timeSpan(eight, eight.plusHours(3))).isEqualTo("20:00–23:00");
        assertThat(Formats.timeSpan(eight.minusHours(20), eight.minusHours(18))).isEqualTo("00:00–02:00");
    }

    @Test
    void refusesToShowAnInstantWithoutAZone() {
        assertThatThrownBy(() -> Formats.dateTime(Instant.EPOCH, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wordsDaysAndClockTimesForListsThatNameTheirZoneOnce() {
        assertThat(Formats.day(LocalDate.of(2026, 6, 1))).isEqualTo("Monday 1 June");
        assertThat(Formats.clockTime(ZonedDateTime.of(2026, 6, 1, 7, 5, 0, 0, ZoneId.of("UTC")))).isEqualTo("07:05");
    }

    @ParameterizedTest
    @CsvSource({"ACTIVE, Active", "PAYMENT_PENDING, Payment pending", "cancelled_by_client, Cancelled by client"})
    void wordsStatusConstants(String status, String word) {
        assertThat(Formats.status(status)).isEqualTo(word);
    }

    @Test
    void wordsRolesInTheirOwnOrder() {
        assertThat(Formats.words(Set.of(Role.ADMIN, Role.CLIENT))).isEqualTo("Client, Admin");
        assertThat(Formats.words(EnumSet.of(Role.CLIENT))).isEqualTo("Client");
    }

    @Test
    void writesTagsAsOneLine() {
        assertThat(Formats.list(List.of("Java", "Architecture"))).isEqualTo("Java, Architecture");
    }

    @Test
    void namesARunOfDaysWithTheYearOnce() {
        assertThat(Formats.days(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)))
                .isEqualTo("Monday 30 November to Sunday 6 December 2026");
        assertThat(Formats.days(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)))
                .isEqualTo("Monday 28 December 2026 to Sunday 3 January 2027");
    }
}
