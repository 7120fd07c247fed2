package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.scheduling.application.SlotView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlotWeekTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aWeekNeverStartsOnADayAlreadyPast() {
        SlotWeek week = new SlotWeek();

        week.startOn(TODAY.minusDays(3), TODAY);
        assertThat(week.first()).isEqualTo(TODAY);
        week.later();
        week.later();
        week.earlier(TODAY);
        assertThat(week.first()).isEqualTo(TODAY.plusDays(7));
        week.earlier(TODAY.plusDays(2));

        assertThat(week.first()).isEqualTo(TODAY.plusDays(2));
        assertThat(week.last()).isEqualTo(TODAY.plusDays(8));
        assertThat(week.label()).isEqualTo("Wednesday 2 December to Tuesday 8 December 2026");
    }

    @Test
    void theChosenSlotIsForgottenWhenTheWeekShowsOtherSlots() {
        SlotWeek week = new SlotWeek();
        week.startOn(TODAY, TODAY);
        SlotView morning = slot("2026-12-01T04:00:00Z");
        SlotView evening = slot("2026-12-01T13:00:00Z");
        week.show(List.of(morning, evening));

        week.choose(evening);
        assertThat(week.chosen()).contains(evening);
        assertThat(week.offered(morning.start())).contains(morning);
        assertThat(week.offered(Instant.parse("2026-12-01T05:00:00Z"))).isEmpty();
        week.show(List.of(morning, evening));

        assertThat(week.chosen()).isEmpty();
        assertThat(week.days()).singleElement().satisfies(day -> assertThat(day.slots()).hasSize(2));
    }

    private static SlotView slot(String start) {
        Instant instant = Instant.parse(start);
        return new SlotView(instant, instant.plusSeconds(1800), instant.atZone(KOLKATA),
                instant.plusSeconds(1800).atZone(KOLKATA), 1);
    }
}
