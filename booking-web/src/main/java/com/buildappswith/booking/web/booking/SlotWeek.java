package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.web.Formats;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A week of free slots as a page shows them in the viewer's zone, for booking (the booking page) or for moving a
 * booking (its own page): the first day shown, never one already past; the slots by day; and the slot chosen,
 * which a new week or new slots forget.
 */
public final class SlotWeek implements Serializable {

    public static final int DAYS_SHOWN = 7;

    private LocalDate first;
    private List<DaySlots> days = List.of();
    private Instant chosen;

    /** Shows the week from {@code day}, or from {@code today} when {@code day} is already past. */
    public void startOn(LocalDate day, LocalDate today) {
        Objects.requireNonNull(day, "The first day is required.");
        first = day.isBefore(today) ? today : day;
    }

    public void later() {
        first = first.plusDays(DAYS_SHOWN);
    }

    public void earlier(LocalDate today) {
        startOn(first.minusDays(DAYS_SHOWN), today);
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return first.plusDays(DAYS_SHOWN - 1);
    }

    /** "Monday 30 November to Sunday 6 December 2026": the days shown, whose zone the page names beside it. */
    public String label() {
        return Formats.days(first, last());
    }

    /** The week's free slots, as just read; nothing is chosen among them yet. */
    public void show(List<SlotView> slots) {
        days = DaySlots.byDay(slots);
        chosen = null;
    }

    public void clear() {
        days = List.of();
        chosen = null;
    }

    public List<DaySlots> days() {
        return days;
    }

    /** The slot of the week starting at {@code start}, if the week offers one. */
    public Optional<SlotView> offered(Instant start) {
        return days.stream().flatMap(day -> day.slots().stream())
                .filter(slot -> slot.start().equals(start))
                .findFirst();
    }

    public void choose(SlotView slot) {
        chosen = slot.start();
    }

    /** The slot chosen, while the week still offers it. */
    public Optional<SlotView> chosen() {
        return chosen == null ? Optional.empty() : offered(chosen);
    }
}
