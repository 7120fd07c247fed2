package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.scheduling.model.BookingStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuilderBookingsPageTest {

    @Test
    void theAddressesFilterIsReadAndAnAbsentPartFiltersNothing() {
        assertThat(BuilderBookingsPage.dateParam("first date", " 2026-12-01 ")).contains(LocalDate.of(2026, 12, 1));
        assertThat(BuilderBookingsPage.dateParam("first date", null)).isEmpty();
        assertThat(BuilderBookingsPage.dateParam("last date", "")).isEmpty();
        assertThat(BuilderBookingsPage.statusParam("confirmed")).contains(BookingStatus.CONFIRMED);
        assertThat(BuilderBookingsPage.statusParam(null)).isEmpty();
    }

    @Test
    void whatTheAddressGetsWrongIsSaidInsteadOfFailingThePage() {
        assertThatThrownBy(() -> BuilderBookingsPage.dateParam("first date", "tomorrow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The first date in the address is not a date such as 2026-12-01.");
        assertThatThrownBy(() -> BuilderBookingsPage.dateParam("last date", "2026-02-30"))
                .hasMessage("The last date in the address is not a date such as 2026-12-01.");
        assertThatThrownBy(() -> BuilderBookingsPage.statusParam("FOO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The status in the address is not one a booking has.");
    }
}
