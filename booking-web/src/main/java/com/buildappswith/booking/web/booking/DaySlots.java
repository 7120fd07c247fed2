package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.scheduling.application.SlotView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** One day of free slots as the viewer sees it, in their own zone. */
public record DaySlots(LocalDate date, List<SlotView> slots) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public String label() {
        return DAY.format(date);
    }

    public static String time(SlotView slot) {
        return TIME.format(slot.localStart());
    }
}
