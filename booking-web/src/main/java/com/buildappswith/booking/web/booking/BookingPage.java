package com.buildappswith.booking.web.booking;

import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.policy.application.Policies;
import com.buildappswith.booking.policy.application.TermsView;
import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.policy.model.ShownTerms;
import com.buildappswith.booking.profile.application.BuilderView;
import com.buildappswith.booking.scheduling.application.BookableBuilder;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.scheduling.application.TermsChangedException;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.manage.TermsWords;
import com.buildappswith.booking.web.profile.SessionTypeRow;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The booking wizard on {@code /booking/{builderId}}: a session type, a week of free slots in the viewer's zone
 * (detected by the browser, changeable, always shown), the details, and the confirmation, which for a paid session
 * goes on to the checkout.
 */
@Named
@ViewScoped
public class BookingPage extends SlotWeekPage {

    @Inject
    private BookingWizard wizard;

    @Inject
    private Payments payments;

    /** Only for the terms the chosen session would be booked under, said before the person confirms. */
    @Inject
    private Policies policies;

    private final BookingChoice choice = new BookingChoice();
    private BuilderView builder;
    /** A start chosen elsewhere (the calendar), to be shown chosen once the week is loaded. */
    private String requestedStart;
    /** The paid booking just made, while its checkout has not been opened. */
    private BookingView held;
    private boolean paymentUnavailable;
    /**
     * The terms this page showed for the chosen session type, read once when first shown and sent back with the
     * confirmation, so that the booking is refused rather than made under terms changed meanwhile.
     */
    private PolicyTerms shownTerms;
    private Long shownTermsFor;
    /**
     * Keys this page's confirmations: one sent again from it (its answer lost to a dropped connection or a proxy's
     * timeout, or a second click) gives back the booking the first made, not a refusal about the person's own booking.
     */
    private final UUID thisView = UUID.randomUUID();

    @Size(max = 500, message = "The purpose has at most 500 characters.")
    private String purpose;

    @Size(max = 2000, message = "Questions and notes have at most 2000 characters.")
    private String notes;

    public void load() throws IOException {
        if (builder != null) {
            return;
        }
        Optional<BookableBuilder> bookable = Optional.ofNullable(choice.getBuilderId()).flatMap(wizard::builder);
        if (bookable.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such builder");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        builder = bookable.get().profile();
        choice.offer(bookable.get().sessionTypes());
        Optional<Instant> requested = parseInstant(requestedStart);
        week.startOn(requested.map(start -> start.atZone(choice.zone()).toLocalDate()).orElse(today()), today());
        refreshSlots();
        requested.flatMap(week::offered).ifPresent(week::choose);
    }

    private static Optional<Instant> parseInstant(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public void refreshSlots() {
        if (!choice.isSearchable()) {
            week.clear();
            return;
        }
        // The viewer's zone may have changed since the week was chosen, and with it what "today" is: a week that
        // began on a day now past would fail the date picker's own minimum when the form is sent.
        if (week.first() != null) {
            week.startOn(week.first(), today());
        }
        showSlots(() -> wizard.freeSlots(choice.getBuilderId(), choice.getSessionTypeId(), week.first(),
                week.last(), choice.zone()).orElse(List.of()));
    }

    /**
     * Books the chosen slot. A free session is confirmed and its result page shown; a paid one is held and the
     * browser sent to its checkout.
     */
    public void confirm() throws IOException {
        Optional<SlotView> chosen = week.chosen();
        if (chosen.isEmpty()) {
            Messages.error(null, "Choose a time first.");
            return;
        }
        BookingView booking;
        try {
            booking = wizard.bookSlot(new BookingRequest(choice.getSessionTypeId(), chosen.get().start(),
                    choice.zone(), purpose, notes, Optional.of(ShownTerms.of(termsShown()))).keyedBy(thisView));
        } catch (TermsChangedException e) {
            // The slot stays chosen: the page now shows the terms in force, and confirming again accepts them.
            shownTerms = e.inForce();
            Messages.error(null, TermsChangedException.message(chosenTermsInWords(chosen.get())));
            return;
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
            refreshSlots();
            return;
        }
        if (booking.status() == BookingStatus.HELD) {
            held = booking;
            startPayment();
        } else {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath()
                    + BookingLinks.success(booking.builderId(), booking.id()));
        }
    }

    /**
     * Opens the held booking's checkout and sends the browser there. While the provider cannot be reached the
     * slot stays held and the page says until when, offering to try again (the same checkout, never a second).
     */
    public void startPayment() throws IOException {
        if (held == null) {
            return;
        }
        try {
            URI checkout = payments.startCheckout(held.id()).checkoutUrl();
            FacesContext.getCurrentInstance().getExternalContext().redirect(checkout.toString());
        } catch (DomainException e) {
            if (e.type() == ProblemType.UNAVAILABLE) {
                paymentUnavailable = true;
            } else {
                held = null;
                paymentUnavailable = false;
                Messages.error(null, e.getMessage());
                refreshSlots();
            }
        }
    }

    /**
     * The cancellation terms the chosen slot would be booked under now, in the viewer's zone ("Free cancellation
     * until ..."); empty while no slot is chosen.
     */
    public String getChosenTerms() {
        return getChosenSlot().map(this::chosenTermsInWords).orElse("");
    }

    private String chosenTermsInWords(SlotView slot) {
        return TermsWords.summary(TermsView.of(termsShown().terms(), slot.start(), 0), choice.zone(), now());
    }

    private PolicyTerms termsShown() {
        if (shownTerms == null || !choice.getSessionTypeId().equals(shownTermsFor)) {
            shownTerms = policies.policyTermsOfSessionType(choice.getSessionTypeId());
            shownTermsFor = choice.getSessionTypeId();
        }
        return shownTerms;
    }

    /** Whether the booking is held but its checkout could not be opened: the page offers to try again. */
    public boolean isPaymentUnavailable() {
        return paymentUnavailable;
    }

    /** The booking waiting for its checkout, while the provider could not be reached. */
    public BookingView getHeld() {
        return held;
    }

    /** Until when the held booking's slot is kept, in the viewer's zone. */
    public ZonedDateTime getHeldUntil() {
        return held.holdExpiresAt().map(until -> until.atZone(choice.zone())).orElse(null);
    }

    /** Whether payments run without real money (no payment keys configured): the confirmation says so. */
    public boolean isTestMode() {
        return payments.isTestMode();
    }

    /** The session type being booked, for the confirmation to say what it costs and how long it lasts. */
    public Optional<SessionTypeRow> getChosenType() {
        return choice.chosenType();
    }

    /** Never before today in the viewer's zone, the date picker's minimum. */
    public LocalDate getWeekStart() {
        LocalDate first = week.first();
        return first != null && first.isBefore(today()) ? today() : first;
    }

    /** The first day shown, picked on the calendar; never a day already past in the viewer's zone. */
    public void setWeekStart(LocalDate weekStart) {
        if (weekStart != null) {
            week.startOn(weekStart, today());
        }
    }

    public LocalDate getToday() {
        return today();
    }

    @Override
    protected ZoneId viewerZone() {
        return choice.zone();
    }

    public String getRequestedStart() {
        return requestedStart;
    }

    public void setRequestedStart(String requestedStart) {
        this.requestedStart = requestedStart;
    }

    public Long getBuilderId() {
        return choice.getBuilderId();
    }

    public void setBuilderId(Long builderId) {
        choice.setBuilderId(builderId);
    }

    public BuilderView getBuilder() {
        return builder;
    }

    public List<SessionTypeRow> getSessionTypes() {
        return choice.getSessionTypes();
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
