package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.scheduling.application.ScheduleEntryView;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleEvent;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BuilderCalendarViewTest {

    private static final ZonedDateTime NINE = ZonedDateTime.of(2026, 6, 15, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void wordsOpenHoursAndTimeOffAndDrawsOpenHoursBehindTheRest() {
        ScheduleEvent<?> open = BuilderCalendarView.event(entry(ScheduleEntryView.Kind.OPEN, Optional.empty()));
        ScheduleEvent<?> off = BuilderCalendarView.event(entry(ScheduleEntryView.Kind.TIME_OFF, Optional.empty()));

        assertThat(open.getTitle()).isEqualTo("Open");
        assertThat(open.getDisplay()).isEqualTo(ScheduleDisplayMode.BACKGROUND);
        assertThat(open.getStyleClass()).isEqualTo("schedule-open");
        assertThat(off.getTitle()).isEqualTo("Time off");
        assertThat(off.getDisplay()).isEqualTo(ScheduleDisplayMode.AUTO);
        assertThat(off.getStyleClass()).isEqualTo("schedule-time-off");
    }

    @Test
    void namesABookingsSessionClientAndStatusWithItsTimesAndZone() {
        ScheduleEvent<?> booked = BuilderCalendarView.event(entry(ScheduleEntryView.Kind.BOOKING, Optional.of(
                new ScheduleEntryView.Booked("Code review", "Grace", BookingStatus.HELD))));

        assertThat(booked.getTitle()).isEqualTo("Code review with Grace (Held)");
        assertThat(booked.getDescription()).isEqualTo("Code review with Grace (Held), 09:00–10:30 Europe/Berlin");
        assertThat(booked.getStartDate()).isEqualTo(NINE.toLocalDateTime());
        assertThat(booked.getStyleClass()).isEqualTo("schedule-booking");
    }

    @Test
    void hoursUntilMidnightEndAt24() {
        ZonedDateTime eight = NINE.withHour(20);
        ScheduleEvent<?> evening = BuilderCalendarView.event(new ScheduleEntryView(ScheduleEntryView.Kind.OPEN, eight,
                eight.toLocalDate().plusDays(1).atStartOfDay(eight.getZone()), Optional.empty()));

        assertThat(evening.getDescription()).isEqualTo("Open, 20:00–24:00 Europe/Berlin");
    }

    private static ScheduleEntryView entry(ScheduleEntryView.Kind kind, Optional<ScheduleEntryView.Booked> booking) {
        return new ScheduleEntryView(kind, NINE, NINE.plusMinutes(90), booking);
    }
}
