package com.buildappswith.booking.web.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationBellTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "42, 42", "99, 99", "100, 99+", "123456, 99+"})
    void theBadgeKeepsItsSizeBeyondNinetyNine(long unread, String badge) {
        assertThat(NotificationBell.badge(unread)).isEqualTo(badge);
    }
}
