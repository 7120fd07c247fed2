package com.buildappswith.booking.web.profile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTypeRowTest {

    @ParameterizedTest
    @CsvSource({"20, 20 min", "60, 1 h", "90, 1 h 30 min", "480, 8 h"})
    void wordsDurationsAsPeopleSayThem(int minutes, String label) {
        assertThat(SessionTypeRow.durationLabel(Duration.ofMinutes(minutes))).isEqualTo(label);
    }
}
