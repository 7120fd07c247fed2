package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.scheduling.application.BookingAction;
import com.buildappswith.booking.scheduling.application.BookingDetails;
import com.buildappswith.booking.scheduling.application.BookingHistoryEntry;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.BookingNotFoundException;
import com.buildappswith.booking.scheduling.application.CancellationPreview;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;
import com.buildappswith.booking.scheduling.application.SessionOutcome;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.scheduling.application.ViewerRole;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.web.Formats;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.PageIds;
import com.buildappswith.booking.web.booking.SlotWeekPage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One booking on {@code /booking/manage/{id}}, for its client or its builder: the details in the viewer's zone and
 * the other party's, the terms it was made under, its timeline, and the two changes a client may make: cancelling
 * (a preview of the refund first, then the confirmation) and moving it to another free time on a week of slots like
 * the booking page's; once the session ended, its builder records here how it went. Someone else's booking answers
 * 404, as one that does not exist.
 */
@Named
@ViewScoped
public class ManagedBookingPage extends SlotWeekPage {

    /** The value of the {@code pay} parameter with which the page opens the checkout at once. */
    public static final String PAY_NOW = "now";

    @Inject
    private BookingManagement management;

    @Inject
    private Payments payments;

    private final ViewerZone viewerZone = new ViewerZone();
    private String bookingId;
    private String payRequest;
    private BookingDetails details;
    private CancellationPreview preview;
    private boolean choosingTime;

    @Size(max = Booking.MAX_CANCEL_REASON,
            message = "A reason has at most " + Booking.MAX_CANCEL_REASON + " characters.")
    private String reason;

    private boolean recordingOutcome;
    private SessionOutcome outcome = SessionOutcome.COMPLETED;

    @Size(max = Booking.MAX_OUTCOME_NOTE, message = "A note has at most " + Booking.MAX_OUTCOME_NOTE + " characters.")
    private String note;

    public void load() throws IOException {
        if (details != null) {
            return;
        }
        Optional<Long> id = PageIds.parse(bookingId);
        try {
            details = id.map(management::details).orElseThrow(BookingNotFoundException::new);
        } catch (BookingNotFoundException e) {
            // Said by the page itself, as the booking result page does: the container's error page dispatched from
            // this forwarded Faces request would make Mojarra look for a view named after it.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        if (PAY_NOW.equals(payRequest) && isPayable()) {
            pay();
        }
    }

    /**
     * Opens the held booking's checkout (the one already open, if there is one: never a second) and sends the
     * browser there; when the provider cannot be reached or the hold is gone, the page says so and stays.
     */
    public void pay() throws IOException {
        try {
            URI checkout = payments.startCheckout(id()).checkoutUrl();
            FacesContext.getCurrentInstance().getExternalContext().redirect(checkout.toString());
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
            reload();
        }
    }

    private long id() {
        return details.booking().id();
    }

    private void reload() {
        details = management.details(id());
    }

    /** Asks what cancelling now would give back; the page shows it with the confirmation. */
    public void startCancel() {
        choosingTime = false;
        preview = management.previewCancellation(id(), canceller());
    }

    public void keepBooking() {
        preview = null;
    }

    /**
     * Cancels at the refund previewed (refused, with the new amount, when it changed since) and goes back to the
     * dashboard, which shows the refund (or that it is on its way).
     */
    public void confirmCancel() throws IOException {
        CancellationPreview previewed = preview;
        try {
            management.cancel(id(), canceller(), reason,
                    OptionalLong.of(previewed.refund().amountMinor()));
        } catch (DomainException e) {
            preview = null;
            Messages.error(null, e.getMessage());
            reload();
            return;
        }
        Messages.infoAfterRedirect(CancellationWords.done(previewed));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + afterCancelling(details.booking().viewer(), id()));
    }

    /**
     * Where the viewer goes once they cancelled: a client and a builder to their own list of bookings, an admin
     * (who may hold neither role) back to the booking on the admin console.
     */
    static String afterCancelling(ViewerRole viewer, long bookingId) {
        return switch (viewer) {
            case CLIENT -> "/booking/manage";
            case BUILDER -> "/builder/bookings";
            case ADMIN -> "/admin/booking.xhtml?id=" + bookingId;
        };
    }

    private Canceller canceller() {
        return switch (details.booking().viewer()) {
            case CLIENT -> Canceller.CLIENT;
            case BUILDER -> Canceller.BUILDER;
            case ADMIN -> Canceller.ADMIN;
        };
    }

    /** Opens the form in which the builder says how the session went, below the booking. */
    public void startOutcome() {
        preview = null;
        choosingTime = false;
        recordingOutcome = true;
        outcome = SessionOutcome.COMPLETED;
        note = null;
    }

    /** Records how the session went; the client sees the note on this page and under their past sessions. */
    public void confirmOutcome() {
        try {
            management.recordOutcome(id(), outcome, note);
            Messages.info("Recorded how " + details.booking().sessionTypeName() + " went.");
            recordingOutcome = false;
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        reload();
    }

    public void closeOutcome() {
        recordingOutcome = false;
    }

    /** Opens the week of free times the booking could move to, from the week it is in now. */
    public void startReschedule() {
        preview = null;
        choosingTime = true;
        week.startOn(details.booking().start().atZone(zone()).toLocalDate(), today());
        refreshSlots();
    }

    @Override
    public void refreshSlots() {
        if (choosingTime) {
            showSlots(() -> management.rescheduleSlots(id(), week.first(), week.last(), zone()));
        }
    }

    public void cancelReschedule() {
        choosingTime = false;
        week.clear();
    }

    /**
     * Moves the booking to the chosen time. When someone else took it a moment before, or the terms no longer allow
     * a move, nothing moved: the page says why and shows the times still free.
     */
    public void confirmReschedule() {
        Optional<SlotView> chosen = week.chosen();
        if (chosen.isEmpty()) {
            Messages.error(null, "Choose a new time first.");
            return;
        }
        try {
            ManagedBookingView moved = management.reschedule(id(), chosen.get().start());
            cancelReschedule();
            reload();
            Messages.info("Moved to " + Formats.dateTime(moved.start(), zone().getId()) + ".");
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
            reload();
            refreshSlots();
        }
    }

    /** Times are shown again in the zone just chosen (or detected by the browser). */
    public void changeZone() {
        refreshSlots();
    }

    public BookingRow getRow() {
        return new BookingRow(details.booking(), zone());
    }

    public ManagedBookingView getBooking() {
        return details == null ? null : details.booking();
    }

    public String getCancellationTerms() {
        return TermsWords.cancellation(details.terms(), zone(), now());
    }

    public String getReschedulingTerms() {
        return TermsWords.rescheduling(details.terms(), zone(), now(), details.booking().status());
    }

    /** The timeline, oldest first, each entry in the viewer's zone. */
    public List<TimelineEntry> getTimeline() {
        return details.timeline().stream().map(entry -> TimelineEntry.of(entry, zone())).toList();
    }

    /** Whether the client may pay the held booking now: the page offers "Pay" then. */
    public boolean isPayable() {
        return details.booking().allows(BookingAction.PAY);
    }

    public boolean isCancellable() {
        return details.booking().allows(BookingAction.CANCEL);
    }

    public boolean isOutcomeRecordable() {
        return details.booking().allows(BookingAction.RECORD_OUTCOME);
    }

    public boolean isRecordingOutcome() {
        return recordingOutcome;
    }

    /** The heading over the terms, worded for who reads it: only the client booked with them. */
    public String getTermsHeading() {
        return termsHeading(details.booking().viewer(), details.terms().policyName());
    }

    static String termsHeading(ViewerRole viewer, String policyName) {
        String whose = switch (viewer) {
            case CLIENT -> "Terms you booked with";
            case BUILDER -> "Terms the client booked with";
            case ADMIN -> "Terms of this booking";
        };
        return whose + " (" + policyName + ")";
    }

    public boolean isReschedulable() {
        return details.booking().allows(BookingAction.RESCHEDULE);
    }

    public CancellationPreview getPreview() {
        return preview;
    }

    public String getPreviewText() {
        return preview == null ? "" : CancellationWords.preview(preview);
    }

    public boolean isChoosingTime() {
        return choosingTime;
    }

    public String getChosenTime() {
        return getChosenSlot().map(slot -> Formats.dateTime(slot.start(), zone().getId())).orElse("");
    }

    private ZoneId zone() {
        return ZoneId.of(getTimezone());
    }

    @Override
    protected ZoneId viewerZone() {
        return zone();
    }

    /** The zone chosen or detected; until then the zone the viewer booked in (the builder's own for a builder). */
    public String getTimezone() {
        if (viewerZone.isChosen() || details == null) {
            return viewerZone.isChosen() ? viewerZone.getTimezone() : "UTC";
        }
        ManagedBookingView booking = details.booking();
        return (booking.viewer() == ViewerRole.BUILDER ? booking.builderZone() : booking.clientZone()).getId();
    }

    public void setTimezone(String timezone) {
        viewerZone.setTimezone(timezone);
    }

    public boolean isTimezoneChosen() {
        return viewerZone.isChosen();
    }

    public String getPay() {
        return payRequest;
    }

    /** {@value #PAY_NOW} (the dashboard's "Pay" link) opens the checkout as soon as the page loads. */
    public void setPay(String payRequest) {
        this.payRequest = payRequest;
    }

    public String getBookingId() {
        return bookingId;
    }

    public void setBookingId(String bookingId) {
        this.bookingId = bookingId;
    }

    /** The longest reason the page takes, as long as the cancellation itself accepts. */
    public int getMaxReason() {
        return Booking.MAX_CANCEL_REASON;
    }

    public SessionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(SessionOutcome outcome) {
        this.outcome = outcome;
    }

    /** The longest note the page takes, as long as the booking keeps. */
    public int getMaxNote() {
        return Booking.MAX_OUTCOME_NOTE;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /**
     * One line of the timeline as the page shows it: when (in the viewer's zone), what (a move with its old and new
     * time in that zone), who, and why.
     */
    public record TimelineEntry(String at, String change, String actor, String reason) {

        static TimelineEntry of(BookingHistoryEntry entry, ZoneId zone) {
            return new TimelineEntry(Formats.dateTime(entry.at(), zone.getId()), change(entry, zone), entry.actor(),
                    entry.reason() == null ? "" : entry.reason());
        }

        private static String change(BookingHistoryEntry entry, ZoneId zone) {
            if (entry.movedFrom().isPresent() && entry.movedTo().isPresent()) {
                return "Moved from " + Formats.dateTime(entry.movedFrom().get(), zone.getId()) + " to "
                        + Formats.dateTime(entry.movedTo().get(), zone.getId());
            }
            String to = Formats.status(entry.to().name());
            return entry.from()
                    .map(from -> from == entry.to() ? to : Formats.status(from.name()) + " → " + to)
                    .orElse("Booked: " + to);
        }
    }
}
