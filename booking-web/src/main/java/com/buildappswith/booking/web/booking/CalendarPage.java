package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.BookingRefusedException;
import com.buildappswith.booking.scheduling.application.BookingService;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.SessionTypeCatalog;
import com.buildappswith.booking.scheduling.application.SlotSearch;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.web.Timezones;
import com.buildappswith.booking.web.account.CurrentUser;
import com.buildappswith.booking.web.profile.SessionTypeRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code /booking/calendar}: one builder's free slots and the viewer's own bookings on a week calendar, in the
 * viewer's zone; clicking a free slot opens the booking page with that slot chosen.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final String FREE = "free-slot";

    @Inject
    private BuilderDirectory directory;

    @Inject
    private SessionTypeCatalog catalog;

    @Inject
    private SlotSearch slots;

    @Inject
    private BookingService bookings;

    @Inject
    private CurrentUser currentUser;

    private List<BuilderView> builders = List.of();
    private List<SessionTypeRow> sessionTypes = List.of();
    private Long builderId;
    private Long sessionTypeId;
    private String timezone = "UTC";

    private final ScheduleModel events = new LazyScheduleModel() {
        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId zone = zone();
            if (sessionTypeId != null) {
                LocalDate last = end.toLocalDate().minusDays(1);
                LocalDate first = start.toLocalDate();
                if (ChronoUnit.DAYS.between(first, last) < SlotSearch.MAX_DAYS) {
                    try {
                        slots.freeSlots(sessionTypeId, first, last, zone).forEach(slot -> addEvent(free(slot)));
                    } catch (BookingRefusedException e) {
                        clear();
                    }
                }
            }
            if (currentUser.isSignedIn()) {
                bookings.mineBetween(start.atZone(zone).toInstant(), end.atZone(zone).toInstant())
                        .forEach(booking -> addEvent(mine(booking, zone)));
            }
        }
    };

    @PostConstruct
    void load() {
        builders = directory.publishedBuilders();
        if (!builders.isEmpty()) {
            builderId = builders.get(0).id();
            chooseBuilder();
        }
    }

    public void chooseBuilder() {
        sessionTypes = builderId == null ? List.of()
                : catalog.activeSessionTypes(builderId).stream().map(SessionTypeRow::of).toList();
        sessionTypeId = sessionTypes.isEmpty() ? null : sessionTypes.get(0).id();
    }

    /** A click on a free slot opens the booking page with it chosen; a click on a booking shows what it is. */
    public void select(SelectEvent<ScheduleEvent<?>> selected) throws IOException {
        ScheduleEvent<?> event = selected.getObject();
        if (!FREE.equals(event.getStyleClass())) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/booking/" + builderId + "?type=" + sessionTypeId
                + "&tz=" + URLEncoder.encode(timezone, StandardCharsets.UTF_8)
                + "&start=" + URLEncoder.encode(event.getData().toString(), StandardCharsets.UTF_8));
    }

    private static ScheduleEvent<String> free(SlotView slot) {
        return DefaultScheduleEvent.<String>builder()
                .title("Free")
                .startDate(slot.localStart().toLocalDateTime())
                .endDate(slot.localEnd().toLocalDateTime())
                .styleClass(FREE)
                .data(slot.start().toString())
                .editable(false)
                .build();
    }

    private static ScheduleEvent<String> mine(BookingView booking, ZoneId zone) {
        return DefaultScheduleEvent.<String>builder()
                .title(booking.sessionTypeName() + " with " + booking.builderName() + " (" + booking.status() + ")")
                .startDate(booking.start().atZone(zone).toLocalDateTime())
                .endDate(booking.end().atZone(zone).toLocalDateTime())
                .styleClass("my-booking")
                .data(Long.toString(booking.id()))
                .editable(false)
                .build();
    }

    private ZoneId zone() {
        return Timezones.parse(timezone).orElse(ZoneId.of("UTC"));
    }

    public ScheduleModel getEvents() {
        return events;
    }

    public List<BuilderView> getBuilders() {
        return builders;
    }

    public List<SessionTypeRow> getSessionTypes() {
        return sessionTypes;
    }

    public Long getBuilderId() {
        return builderId;
    }

    public void setBuilderId(Long builderId) {
        this.builderId = builderId;
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
}
