package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalRangeTest {

    @Test
    void readsHoursAsABuilderTypesThem() {
        assertThat(LocalRange.parse("09:00", "17:30"))
                .isEqualTo(new LocalRange(LocalTime.of(9, 0), LocalTime.of(17, 30)));
        assertThat(LocalRange.parse(" 00:00", "00:30 ")).isEqualTo(new LocalRange(LocalTime.MIDNIGHT,
                LocalTime.of(0, 30)));
    }

    @Test
    void anEndOf24IsMidnightAtTheEndOfTheDay() {
        LocalRange evening = LocalRange.parse("20:00", "24:00");

        assertThat(evening).isEqualTo(new LocalRange(LocalTime.of(20, 0), LocalTime.MIDNIGHT));
        assertThat(evening.runsToMidnight()).isTrue();
        assertThat(LocalRange.parse("00:00", "24:00").runsToMidnight()).isTrue();
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource(delimiter = '|', value = {
            "24:00|24:00|'24:00' is not a start time (HH:MM, 00:00 to 23:59).",
            "9:00|17:00|'9:00' is not a start time (HH:MM, 00:00 to 23:59).",
            "09:00|24:30|'24:30' is not an end time (HH:MM, at most 24:00).",
            "09:00|25:00|'25:00' is not an end time (HH:MM, at most 24:00).",
            "09:00|17:60|'17:60' is not an end time (HH:MM, at most 24:00).",
            "09:00|''|'' is not an end time (HH:MM, at most 24:00).",
            "17:00|09:00|A range must start before it ends: 17:00-09:00.",
            "09:00|09:00|A range must start before it ends: 09:00-09:00.",
    })
    void refusesWhatIsNotATimeOrEndsBeforeItStarts(String start, String end, String message) {
        assertThatThrownBy(() -> LocalRange.parse(start, end))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
