package com.buildappswith.booking.web.api;

import com.buildappswith.booking.scheduling.application.SlotView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlotsResourceTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void slotsAreWrittenWithTheFieldsInTheOrderClientsHaveAlwaysSeen() {
        Instant start = Instant.parse("2026-12-01T08:00:00Z");
        Instant end = Instant.parse("2026-12-01T08:30:00Z");
        SlotView slot = new SlotView(start, end, start.atZone(KOLKATA), end.atZone(KOLKATA), 2);

        assertThat(SlotsResource.json(List.of(slot, slot)).toString()).isEqualTo("["
                + "{\"end\":\"2026-12-01T08:30:00Z\",\"localEnd\":\"2026-12-01T14:00+05:30\","
                + "\"localStart\":\"2026-12-01T13:30+05:30\",\"remainingCapacity\":2,\"start\":\"2026-12-01T08:00:00Z\"},"
                + "{\"end\":\"2026-12-01T08:30:00Z\",\"localEnd\":\"2026-12-01T14:00+05:30\","
                + "\"localStart\":\"2026-12-01T13:30+05:30\",\"remainingCapacity\":2,\"start\":\"2026-12-01T08:00:00Z\"}]");
    }

    @Test
    void noSlotsAreAnEmptyArray() {
        assertThat(SlotsResource.json(List.of()).toString()).isEqualTo("[]");
    }
}
