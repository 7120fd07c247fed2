package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.scheduling.application.BookingFilter;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BookingsAdminPageTest {

    @Test
    void anEmptySearchFindsEverythingInUtcUntilTheBrowsersZoneIsKnown() {
        BookingFilter filter = new BookingsAdminPage().filter();

        assertThat(filter).isEqualTo(BookingFilter.everything(ZoneId.of("UTC")));
    }

    @Test
    void typedTextIsSearchedWithoutItsSpacesAndBlankTextNotAtAll() {
        BookingsAdminPage page = new BookingsAdminPage();
        page.setClient("  ada@example.com ");
        page.setBuilder("   ");
        page.setStatus(BookingStatus.CONFIRMED);
        page.setTimezone("Asia/Calcutta");

        BookingFilter filter = page.filter();

        assertThat(filter.client()).contains("ada@example.com");
        assertThat(filter.builder()).isEmpty();
        assertThat(filter.status()).contains(BookingStatus.CONFIRMED);
        assertThat(filter.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void datesTheWrongWayRoundSearchTheFirstDayAloneAndAnUnknownZoneReadsAsUtc() {
        BookingsAdminPage page = new BookingsAdminPage();
        page.setFrom(LocalDate.of(2026, 12, 10));
        page.setTo(LocalDate.of(2026, 12, 1));
        page.setTimezone("Mars/Olympus");

        BookingFilter filter = page.filter();

        assertThat(filter.from()).contains(LocalDate.of(2026, 12, 10));
        assertThat(filter.to()).isEqualTo(Optional.of(LocalDate.of(2026, 12, 10)));
        assertThat(page.getTimezone()).isEqualTo("UTC");
    }

    @Test
    void aDateOutsideTheCalendarIsLeftOutOfTheSearchRatherThanFailingTheTable() {
        BookingsAdminPage page = new BookingsAdminPage();
        page.setFrom(LocalDate.of(1999, 12, 31));
        page.setTo(LocalDate.of(3000, 1, 1));

        assertThat(page.filter()).isEqualTo(BookingFilter.everything(ZoneId.of("UTC")));

        page.setFrom(LocalDate.of(2000, 1, 1));
        page.setTo(LocalDate.of(2999, 12, 31));

        assertThat(page.filter().from()).contains(LocalDate.of(2000, 1, 1));
        assertThat(page.filter().to()).contains(LocalDate.of(2999, 12, 31));
    }
}
