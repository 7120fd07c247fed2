package com.buildappswith.booking.scheduling.application;

import java.time.ZonedDateTime;

/** One stretch on a builder's own calendar, in the builder's zone: open hours, time off or a booking. */
public record ScheduleEntryView(Kind kind, String title, ZonedDateTime start, ZonedDateTime end) {

    public enum Kind { OPEN, TIME_OFF, BOOKING }
}
