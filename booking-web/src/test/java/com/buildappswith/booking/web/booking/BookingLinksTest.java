package com.buildappswith.booking.web.booking;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BookingLinksTest {

    @Test
    void theBookingPageLinkCarriesTheChosenTypeZoneAndStartEncoded() {
        assertThat(BookingLinks.bookingPage(7, 11, "America/Argentina/Buenos_Aires",
                Instant.parse("2026-06-15T12:30:00Z")))
                .isEqualTo("/booking/7?type=11&tz=America%2FArgentina%2FBuenos_Aires&start=2026-06-15T12%3A30%3A00Z");
    }

    @Test
    void theSuccessPageLinkNamesTheBooking() {
        assertThat(BookingLinks.success(7L, 42L)).isEqualTo("/booking/7/success?booking=42");
    }
}
