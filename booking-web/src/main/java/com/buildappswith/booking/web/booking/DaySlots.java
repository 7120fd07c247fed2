package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.web.Formats;

import java.time.LocalDate;
import java.util.List;

/** One day of free slots as the viewer sees it, in their own zone. */
public record DaySlots(LocalDate date, List<SlotView> slots) {

    public String label() {
        return Formats.day(date);
    }

    public static String time(SlotView slot) {
        return Formats.clockTime(slot.localStart());
    }
}
