package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.web.Formats;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One day of free slots as the viewer sees it, in their own zone. */
public record DaySlots(LocalDate date, List<SlotView> slots) {

    /** The slots by the viewer's date they start on, earliest day first. */
    static List<DaySlots> byDay(List<SlotView> slots) {
        return slots.stream()
                .collect(Collectors.groupingBy(slot -> slot.localStart().toLocalDate(), TreeMap::new,
                        Collectors.toList()))
                .entrySet().stream()
                .map(day -> new DaySlots(day.getKey(), day.getValue()))
                .toList();
    }

    public String label() {
        return Formats.day(date);
    }

    /**
     * The start's wall-clock time; where the day shows one time twice (the hour a fall-back repeats), each with its
     * zone's abbreviation, so the two starts read apart ("01:30 (EDT)", "01:30 (EST)").
     */
    public String time(SlotView slot) {
        LocalTime start = slot.localStart().toLocalTime();
        boolean shownTwice = slots.stream().filter(other -> other.localStart().toLocalTime().equals(start)).count() > 1;
        return shownTwice ? Formats.clockTimeWithZone(slot.localStart()) : Formats.clockTime(slot.localStart());
    }
}
