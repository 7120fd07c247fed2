package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.RefundProgress;
import com.buildappswith.booking.scheduling.application.ScheduleEntryView;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleEvent;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BuilderCalendarViewTest {

    private static final ZonedDateTime NINE = ZonedDateTime.of(2026, 6, 15, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void wordsOpenHoursAndTimeOffAndDrawsOpenHoursBehindTheRest() {
        ScheduleEvent<?> open = BuilderCalendarView.event(entry(ScheduleEntryView.Kind.OPEN, Optional.empty()),
                Map.of());
        ScheduleEvent<?> off = BuilderCalendarView.event(entry(ScheduleEntryView.Kind.TIME_OFF, Optional.empty()),
                Map.of());

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
                new ScheduleEntryView.Booked(7, "Code review", "Grace", BookingStatus.HELD))), Map.of());

        assertThat(booked.getTitle()).isEqualTo("Code review with Grace (Held)");
        assertThat(booked.getDescription()).isEqualTo("Code review with Grace (Held), 09:00–10:30 Europe/Berlin");
        assertThat(booked.getStartDate()).isEqualTo(NINE.toLocalDateTime());
        assertThat(booked.getStyleClass()).isEqualTo("schedule-booking");
    }

    @Test
    void aPaidBookingSaysWhereItsPaymentStandsAndWhatWasRefunded() {
        Currency eur = Currency.getInstance("EUR");
        PaymentView refunded = new PaymentView(7, "test", true, PaymentStatus.PAID, new Money(9900, eur),
                new Money(9900, eur), RefundProgress.NONE, Optional.empty());
        ScheduleEntryView.Booked lapsed =
                new ScheduleEntryView.Booked(7, "Code review", "Grace", BookingStatus.EXPIRED);
        ScheduleEntryView.Booked other = new ScheduleEntryView.Booked(8, "Intro call", "Alan", BookingStatus.CONFIRMED);

        assertThat(BuilderCalendarView.event(entry(ScheduleEntryView.Kind.BOOKING, Optional.of(lapsed)),
                Map.of(7L, refunded)).getTitle())
                .isEqualTo("Code review with Grace (Expired) · Paid EUR 99.00, EUR 99.00 refunded");
        assertThat(BuilderCalendarView.event(entry(ScheduleEntryView.Kind.BOOKING, Optional.of(other)),
                Map.of(7L, refunded)).getTitle()).isEqualTo("Intro call with Alan (Confirmed)");
    }

    @Test
    void hoursUntilMidnightEndAt24() {
        ZonedDateTime eight = NINE.withHour(20);
        ScheduleEvent<?> evening = BuilderCalendarView.event(new ScheduleEntryView(ScheduleEntryView.Kind.OPEN, eight,
                eight.toLocalDate().plusDays(1).atStartOfDay(eight.getZone()), Optional.empty()), Map.of());

        assertThat(evening.getDescription()).isEqualTo("Open, 20:00–24:00 Europe/Berlin");
    }

    private static ScheduleEntryView entry(ScheduleEntryView.Kind kind, Optional<ScheduleEntryView.Booked> booking) {
        return new ScheduleEntryView(kind, NINE, NINE.plusMinutes(90), booking);
    }
}
