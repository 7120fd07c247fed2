package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.web.Messages;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the booking page and a booking's own page (moving it) share: a {@link SlotWeek} in the viewer's zone, moved a
 * week at a time and never to days already past there, its free slots read again at each move, and the slot chosen.
 */
public abstract class SlotWeekPage implements Serializable {

    protected final SlotWeek week = new SlotWeek();

    @Inject
    private Clock clock;

    /** Reads the shown week's free slots again (see {@link #showSlots}). */
    public abstract void refreshSlots();

    /** The zone the page shows times in. */
    protected abstract ZoneId viewerZone();

    /**
     * Shows the slots {@code reading} finds for the week; when it is refused (dates out of range, the booking no
     * longer movable, ...), the week is empty and the page says why.
     */
    protected void showSlots(Supplier<List<SlotView>> reading) {
        try {
            week.show(reading.get());
        } catch (DomainException e) {
            week.clear();
            Messages.error(null, e.getMessage());
        }
    }

    public void nextWeek() {
        week.later();
        refreshSlots();
    }

    public void previousWeek() {
        week.earlier(today());
        refreshSlots();
    }

    public void choose(SlotView slot) {
        week.choose(slot);
    }

    public List<DaySlots> getDays() {
        return week.days();
    }

    public Optional<SlotView> getChosenSlot() {
        return week.chosen();
    }

    public String getWeekLabel() {
        return week.label();
    }

    /** Today in the viewer's zone: the first day a week may show. */
    protected LocalDate today() {
        return LocalDate.now(clock.withZone(viewerZone()));
    }

    /** The instant the page says deadlines as past or to come. */
    protected Instant now() {
        return clock.instant();
    }
}
