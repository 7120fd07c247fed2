package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.scheduling.application.BuilderSchedule;
import com.buildappswith.booking.scheduling.application.InvalidScheduleException;
import com.buildappswith.booking.scheduling.application.OwnAvailabilityView;
import com.buildappswith.booking.scheduling.application.ScheduleEntryView;
import com.buildappswith.booking.shared.AccessDeniedException;
import com.buildappswith.booking.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A builder edits their weekly hours, dates with other hours and time off, and sees the result on a week
 * calendar in their own zone, with their bookings, for the next weeks.
 */
@Named
@ViewScoped
public class AvailabilityPage implements Serializable {

    /** How far ahead the calendar shows: the weeks a builder plans, within the service's limit. */
    static final int CALENDAR_WEEKS = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Inject
    private BuilderSchedule schedule;

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
            show(schedule.availability());
        }
    }

    public void addWeeklyHours() {
        change(() -> schedule.addWeeklyHours(weeklyForm.range()), "Weekly hours added.");
    }

    public void removeWeeklyHours(long id) {
        change(() -> schedule.removeWeeklyHours(id), "Weekly hours removed.");
    }

    public void overrideDate() {
        change(() -> schedule.overrideDate(dateForm.day(), dateForm.hours()), "Hours for that date saved.");
    }

    public void takeTimeOff() {
        change(() -> schedule.takeTimeOff(timeOffForm.firstDay(), timeOffForm.lastDay(), timeOffForm.getNote()),
                "Time off added.");
    }

    public void removeException(long id) {
        change(() -> schedule.removeException(id), "Removed.");
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
        today = LocalDate.now(Clock.system(shown.zone()));
        DefaultScheduleModel model = new DefaultScheduleModel();
        for (ScheduleEntryView entry : schedule.calendar(today, today.plusWeeks(CALENDAR_WEEKS).minusDays(1))) {
            String zone = entry.start().getZone().getId();
            model.addEvent(DefaultScheduleEvent.builder()
                    .title(entry.title())
                    .description(entry.title() + ", " + TIME.format(entry.start()) + "–" + TIME.format(entry.end())
                            + " " + zone)
                    .startDate(entry.start().toLocalDateTime())
                    .endDate(entry.end().toLocalDateTime())
                    .styleClass("schedule-" + entry.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .display(entry.kind() == ScheduleEntryView.Kind.OPEN ? ScheduleDisplayMode.BACKGROUND
                            : ScheduleDisplayMode.AUTO)
                    .editable(false)
                    .build());
        }
        calendar = model;
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
