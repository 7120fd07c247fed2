package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.scheduling.application.ScheduleEntryView;
import com.buildappswith.booking.web.Formats;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.util.List;
import java.util.Locale;

/**
 * A builder's own calendar as the availability page shows it: each entry worded ("Open", "Time off",
 * "Intro call with Ada (Confirmed)"), with its times and zone in the tooltip, styled by kind, and open hours drawn as
 * the background the bookings and time off stand on.
 */
final class BuilderCalendarView {

    private BuilderCalendarView() {
    }

    static ScheduleModel of(List<ScheduleEntryView> entries) {
        DefaultScheduleModel model = new DefaultScheduleModel();
        entries.forEach(entry -> model.addEvent(event(entry)));
        return model;
    }

    static ScheduleEvent<?> event(ScheduleEntryView entry) {
        String title = title(entry);
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

    static String title(ScheduleEntryView entry) {
        return switch (entry.kind()) {
            case OPEN -> "Open";
            case TIME_OFF -> "Time off";
            case BOOKING -> entry.booking()
                    .map(booked -> booked.sessionTypeName() + " with " + booked.clientName() + " ("
                            + Formats.status(booked.status().name()) + ")")
                    .orElseThrow(() -> new IllegalArgumentException("A booking entry says what was booked."));
        };
    }
}
