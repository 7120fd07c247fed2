package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.BookingRefusedException;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.web.Formats;
import com.buildappswith.booking.web.account.CurrentUser;
import com.buildappswith.booking.web.payment.PaymentWords;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /booking/calendar}: one builder's free slots and the viewer's own bookings (with their payments) on a week
 * calendar, in the viewer's zone; clicking a free slot opens the booking page with that slot chosen.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final String FREE = "free-slot";

    @Inject
    private BookingWizard wizard;

    @Inject
    private Payments payments;

    @Inject
    private CurrentUser currentUser;

    private final BookingChoice choice = new BookingChoice();
    private List<BuilderView> builders = List.of();

    private final ScheduleModel events = new LazyScheduleModel() {
        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId zone = choice.zone();
            if (choice.getSessionTypeId() != null) {
                LocalDate last = end.toLocalDate().minusDays(1);
                LocalDate first = start.toLocalDate();
                if (ChronoUnit.DAYS.between(first, last) < BookingWizard.MAX_SEARCH_DAYS) {
                    try {
                        wizard.freeSlots(choice.getBuilderId(), choice.getSessionTypeId(), first, last, zone)
                                .orElse(List.of())
                                .forEach(slot -> addEvent(free(slot)));
                    } catch (BookingRefusedException e) {
                        clear();
                    }
                }
            }
            if (currentUser.isSignedIn()) {
                List<BookingView> mine = wizard.mineBetween(start.atZone(zone).toInstant(),
                        end.atZone(zone).toInstant());
                Map<Long, PaymentView> paid = payments.ofBookings(mine.stream().map(BookingView::id).toList());
                mine.forEach(booking -> addEvent(mine(booking, Optional.ofNullable(paid.get(booking.id())), zone)));
            }
        }
    };

    @PostConstruct
    void load() {
        builders = wizard.builders();
        if (!builders.isEmpty()) {
            choice.setBuilderId(builders.get(0).id());
            chooseBuilder();
        }
    }

    public void chooseBuilder() {
        choice.offer(choice.getBuilderId() == null ? List.of() : wizard.sessionTypesOf(choice.getBuilderId()));
    }

    /** A click on a free slot opens the booking page with it chosen; a click on a booking shows what it is. */
    public void select(SelectEvent<ScheduleEvent<?>> selected) throws IOException {
        ScheduleEvent<?> event = selected.getObject();
        if (!FREE.equals(event.getStyleClass())) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + BookingLinks.bookingPage(choice.getBuilderId(),
                choice.getSessionTypeId(), choice.getTimezone(), Instant.parse(event.getData().toString())));
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

    private static ScheduleEvent<String> mine(BookingView booking, Optional<PaymentView> payment, ZoneId zone) {
        return DefaultScheduleEvent.<String>builder()
                .title(booking.sessionTypeName() + " with " + booking.builderName() + " ("
                        + Formats.status(booking.status().name()) + ")"
                        + payment.map(paid -> " · " + PaymentWords.summary(paid)).orElse(""))
                .startDate(booking.start().atZone(zone).toLocalDateTime())
                .endDate(booking.end().atZone(zone).toLocalDateTime())
                .styleClass("my-booking")
                .data(Long.toString(booking.id()))
                .editable(false)
                .build();
    }

    public ScheduleModel getEvents() {
        return events;
    }

    public List<BuilderView> getBuilders() {
        return builders;
    }

    public List<SessionTypeRow> getSessionTypes() {
        return choice.getSessionTypes();
    }

    public Long getBuilderId() {
        return choice.getBuilderId();
    }

    public void setBuilderId(Long builderId) {
        choice.setBuilderId(builderId);
    }

    public Long getSessionTypeId() {
        return choice.getSessionTypeId();
    }

    public void setSessionTypeId(Long sessionTypeId) {
        choice.setSessionTypeId(sessionTypeId);
    }

    public String getTimezone() {
        return choice.getTimezone();
    }

    public void setTimezone(String timezone) {
        choice.setTimezone(timezone);
    }
}
