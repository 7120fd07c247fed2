package com.buildappswith.booking.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CleanUrlFilterTest {

    @ParameterizedTest
    @CsvSource({
            "/builders/42, /builder.xhtml?id=42",
            "/builders/42/, /builder.xhtml?id=42",
            "/booking/calendar, /booking/calendar.xhtml",
            "/booking, /booking/start.xhtml",
            "/booking/, /booking/start.xhtml",
            "/booking/manage, /booking/manage.xhtml",
            "/booking/manage/12, /booking/manage-booking.xhtml?id=12",
            "/builder/bookings, /builder/bookings.xhtml",
            "/booking/7, /booking.xhtml?builder=7",
            "/booking/7/success, /booking-success.xhtml?builder=7",
            "/booking/7/success/, /booking-success.xhtml?builder=7",
            "/payments/test-checkout, /payments/test-checkout.xhtml",
            "/payments/cancelled, /payments/cancelled.xhtml",
            "/notifications, /notifications.xhtml",
            "/notifications/, /notifications.xhtml"})
    void servesCleanUrlsFromTheirPages(String path, String page) {
        assertThat(CleanUrlFilter.page(path)).contains(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/builders/abc", "/builders/", "/builders/42/edit", "/builders/1234567890123456789",
            "/booking/calendar.xhtml", "/booking/7/cancel", "/booking/manage/abc", "/booking/manage/7/cancel",
            "/builder.xhtml", "/bookings/7", "/builder/bookings/7", "/builder/availability",
            "/payments/cancelled.xhtml", "/payments/7", "/payments/", "/notifications/7", "/notifications.xhtml"})
    void leavesOtherPathsToTheContainer(String path) {
        assertThat(CleanUrlFilter.page(path)).isEmpty();
    }
}
