package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.BookingRefusedException;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingService;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.SessionTypeCatalog;
import com.buildappswith.booking.scheduling.application.SlotSearch;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.Timezones;
import com.buildappswith.booking.web.profile.SessionTypeRow;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The booking wizard on {@code /booking/{builderId}}: a session type, a week of free slots in the viewer's zone
 * (detected by the browser, changeable, always shown), the details, and the confirmation.
 */
@Named
@ViewScoped
public class BookingPage implements Serializable {

    static final int DAYS_SHOWN = 7;

    @Inject
    private BuilderDirectory directory;

    @Inject
    private SessionTypeCatalog catalog;

    @Inject
    private SlotSearch slotSearch;

    @Inject
    private BookingService bookings;

    private Long builderId;
    private BuilderView builder;
    private List<SessionTypeRow> sessionTypes = List.of();
    private Long sessionTypeId;
    private String timezone = "UTC";
    private LocalDate weekStart;
    private List<DaySlots> days = List.of();
    private String chosenStart;
    /** A start chosen elsewhere (the calendar), to be shown chosen once the week is loaded. */
    private String requestedStart;

    @Size(max = 500, message = "The purpose has at most 500 characters.")
    private String purpose;

    @Size(max = 2000, message = "Questions and notes have at most 2000 characters.")
    private String notes;

    public void load() throws IOException {
        if (builder != null) {
            return;
        }
        builder = builderId == null ? null : directory.publishedBuilder(builderId).orElse(null);
        if (builder == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such builder");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        sessionTypes = catalog.activeSessionTypes(builderId).stream().map(SessionTypeRow::of).toList();
        if (sessionTypeId == null && !sessionTypes.isEmpty()) {
            sessionTypeId = sessionTypes.get(0).id();
        }
        weekStart = LocalDate.now(zone());
        Optional<Instant> requested = parseInstant(requestedStart);
        requested.ifPresent(start -> weekStart = start.atZone(zone()).toLocalDate());
        refreshSlots();
        requested.ifPresent(start -> days.stream().flatMap(day -> day.slots().stream())
                .filter(slot -> slot.start().equals(start))
                .findFirst()
                .ifPresent(this::choose));
    }

    private static Optional<Instant> parseInstant(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void refreshSlots() {
        chosenStart = null;
        if (sessionTypeId == null || Timezones.parse(timezone).isEmpty()) {
            days = List.of();
            return;
        }
        try {
            Map<LocalDate, List<SlotView>> byDay = slotSearch.freeSlots(sessionTypeId, weekStart,
                            weekStart.plusDays(DAYS_SHOWN - 1), zone()).stream()
                    .collect(Collectors.groupingBy(slot -> slot.localStart().toLocalDate(), TreeMap::new,
                            Collectors.toList()));
            days = byDay.entrySet().stream().map(day -> new DaySlots(day.getKey(), day.getValue())).toList();
        } catch (BookingRefusedException e) {
            days = List.of();
            Messages.error(null, e.getMessage());
        }
    }

    public void nextWeek() {
        weekStart = weekStart.plusDays(DAYS_SHOWN);
        refreshSlots();
    }

    public void previousWeek() {
        LocalDate today = LocalDate.now(zone());
        weekStart = weekStart.minusDays(DAYS_SHOWN).isBefore(today) ? today : weekStart.minusDays(DAYS_SHOWN);
        refreshSlots();
    }

    public void choose(SlotView slot) {
        chosenStart = slot.start().toString();
    }

    public void confirm() throws IOException {
        if (chosenStart == null) {
            Messages.error(null, "Choose a time first.");
            return;
        }
        try {
            BookingView booking = bookings.bookSlot(new BookingRequest(sessionTypeId, Instant.parse(chosenStart),
                    zone(), purpose, notes));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/booking/" + builderId + "/success?booking="
                    + booking.id());
        } catch (BookingRefusedException e) {
            Messages.error(null, e.getMessage());
            refreshSlots();
        }
    }

    public Optional<SlotView> getChosenSlot() {
        return days.stream().flatMap(day -> day.slots().stream())
                .filter(slot -> slot.start().toString().equals(chosenStart))
                .findFirst();
    }

    public String time(SlotView slot) {
        return DaySlots.time(slot);
    }

    public String getWeekLabel() {
        return weekStart + " to " + weekStart.plusDays(DAYS_SHOWN - 1);
    }

    private ZoneId zone() {
        return Timezones.parse(timezone).orElse(ZoneId.of("UTC"));
    }

    public String getRequestedStart() {
        return requestedStart;
    }

    public void setRequestedStart(String requestedStart) {
        this.requestedStart = requestedStart;
    }

    public Long getBuilderId() {
        return builderId;
    }

    public void setBuilderId(Long builderId) {
        this.builderId = builderId;
    }

    public BuilderView getBuilder() {
        return builder;
    }

    public List<SessionTypeRow> getSessionTypes() {
        return sessionTypes;
    }

    public Long getSessionTypeId() {
        return sessionTypeId;
    }

    public void setSessionTypeId(Long sessionTypeId) {
        this.sessionTypeId = sessionTypeId;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public List<DaySlots> getDays() {
        return days;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
