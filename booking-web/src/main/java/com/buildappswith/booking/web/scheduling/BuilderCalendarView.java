package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.scheduling.application.ScheduleEntryView;
import com.buildappswith.booking.web.Formats;
import com.buildappswith.booking.web.payment.PaymentWords;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A builder's own calendar as the availability page shows it: each entry worded ("Open", "Time off",
 * "Intro call with Ada (Confirmed)", and for a paid booking its payment: "Review with Ada (Confirmed) · Paid USD
 * 150.00"), with its times and zone in the tooltip, styled by kind, and open hours drawn as the background the
 * bookings and time off stand on.
 */
final class BuilderCalendarView {

    private BuilderCalendarView() {
    }

    /** The calendar of {@code entries}, with the payments of its paid bookings by booking id. */
    static ScheduleModel of(List<ScheduleEntryView> entries, Map<Long, PaymentView> payments) {
        DefaultScheduleModel model = new DefaultScheduleModel();
        entries.forEach(entry -> model.addEvent(event(entry, payments)));
        return model;
    }

    static ScheduleEvent<?> event(ScheduleEntryView entry, Map<Long, PaymentView> payments) {
        String title = title(entry, payments);
        return DefaultScheduleEvent.builder()
                .title(title)
                .description(title + ", " + Formats.timeSpan(entry.start(), entry.end()) + " "
                        + entry.start().getZone().getId())
                .startDate(entry.start().toLocalDateTime())
                .endDate(entry.end().toLocalDateTime())
                .styleClass("schedule-" + entry.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .display(entry.kind() == ScheduleEntryView.Kind.OPEN ? ScheduleDisplayMode.BACKGROUND
                        : ScheduleDisplayMode.AUTO)
                .editable(false)
                .build();
    }

    static String title(ScheduleEntryView entry, Map<Long, PaymentView> payments) {
        return switch (entry.kind()) {
            case OPEN -> "Open";
            case TIME_OFF -> "Time off";
            case BOOKING -> entry.booking()
                    .map(booked -> booked.sessionTypeName() + " with " + booked.clientName() + " ("
                            + Formats.status(booked.status().name()) + ")"
                            + (payments.containsKey(booked.bookingId())
                            ? " · " + PaymentWords.summary(payments.get(booked.bookingId())) : ""))
                    .orElseThrow(() -> new IllegalArgumentException("A booking entry says what was booked."));
        };
    }
}
