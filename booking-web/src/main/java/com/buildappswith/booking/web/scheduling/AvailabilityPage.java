package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.scheduling.application.AvailabilityEditor;
import com.buildappswith.booking.scheduling.application.BuilderCalendar;
import com.buildappswith.booking.scheduling.application.InvalidScheduleException;
import com.buildappswith.booking.scheduling.application.OwnAvailabilityView;
import com.buildappswith.booking.scheduling.application.ScheduleEntryView;
import com.buildappswith.booking.shared.AccessDeniedException;
import com.buildappswith.booking.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * A builder edits their weekly hours, dates with other hours and time off, and sees the result on a week
 * calendar in their own zone, with their bookings and their payments, for the next weeks.
 */
@Named
@ViewScoped
public class AvailabilityPage implements Serializable {

    /** How far ahead the calendar shows: the weeks a builder plans, within the service's limit. */
    static final int CALENDAR_WEEKS = 8;

    @Inject
    private AvailabilityEditor editor;

    @Inject
    private BuilderCalendar builderCalendar;

    @Inject
    private Payments payments;

    @Inject
    private Clock clock;

    private OwnAvailabilityView availability;
    private ScheduleModel calendar;
    private LocalDate today;

    @Valid
    private AvailabilityForms.Weekly weeklyForm = new AvailabilityForms.Weekly();

    @Valid
    private AvailabilityForms.DateHours dateForm = new AvailabilityForms.DateHours();

    @Valid
    private AvailabilityForms.TimeOff timeOffForm = new AvailabilityForms.TimeOff();

    public void load() {
        if (availability == null) {
            show(editor.availability());
        }
    }

    public void addWeeklyHours() {
        change(() -> editor.addWeeklyHours(weeklyForm.range()), "Weekly hours added.");
    }

    public void removeWeeklyHours(long id) {
        change(() -> editor.removeWeeklyHours(id), "Weekly hours removed.");
    }

    public void overrideDate() {
        change(() -> editor.overrideDate(dateForm.override()), "Hours for that date saved.");
    }

    public void takeTimeOff() {
        change(() -> editor.takeTimeOff(timeOffForm.firstDay(), timeOffForm.lastDay(), timeOffForm.getNote()),
                "Time off added.");
    }

    public void removeException(long id) {
        change(() -> editor.removeException(id), "Removed.");
    }

    private void change(Supplier<OwnAvailabilityView> change, String done) {
        try {
            show(change.get());
            Messages.info(done);
        } catch (IllegalArgumentException | InvalidScheduleException | AccessDeniedException e) {
            Messages.error(null, e.getMessage());
        }
    }

    private void show(OwnAvailabilityView shown) {
        availability = shown;
        today = LocalDate.now(clock.withZone(shown.zone()));
        List<ScheduleEntryView> entries = builderCalendar.calendar(today, today.plusWeeks(CALENDAR_WEEKS).minusDays(1));
        calendar = BuilderCalendarView.of(entries, payments.ofBookings(entries.stream()
                .flatMap(entry -> entry.booking().stream())
                .map(ScheduleEntryView.Booked::bookingId)
                .toList()));
    }

    public OwnAvailabilityView getAvailability() {
        return availability;
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public String getZone() {
        return availability.zone().getId();
    }

    public LocalDate getToday() {
        return today;
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public AvailabilityForms.Weekly getWeeklyForm() {
        return weeklyForm;
    }

    public AvailabilityForms.DateHours getDateForm() {
        return dateForm;
    }

    public AvailabilityForms.TimeOff getTimeOffForm() {
        return timeOffForm;
    }
}
