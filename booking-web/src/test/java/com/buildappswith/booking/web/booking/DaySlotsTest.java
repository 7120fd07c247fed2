package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.scheduling.application.SlotView;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DaySlotsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void theTwoStartsOfTheHourAFallBackRepeatsReadApart() {
        SlotView daylight = slot("2026-11-01T05:30:00Z");
        SlotView standard = slot("2026-11-01T06:30:00Z");
        SlotView morning = slot("2026-11-01T14:00:00Z");

        DaySlots day = DaySlots.byDay(List.of(daylight, standard, morning)).get(0);

        assertThat(day.time(daylight)).isEqualTo("01:30 (EDT)");
        assertThat(day.time(standard)).isEqualTo("01:30 (EST)");
        assertThat(day.time(morning)).isEqualTo("09:00");
    }

    private static SlotView slot(String start) {
        Instant at = Instant.parse(start);
        Instant end = at.plus(Duration.ofMinutes(30));
        return new SlotView(at, end, at.atZone(NEW_YORK), end.atZone(NEW_YORK), 1);
    }
}
