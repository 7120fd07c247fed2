package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.profile.application.BuilderProfiles;
import com.buildappswith.booking.profile.application.OwnProfileView;
import com.buildappswith.booking.scheduling.application.BookingFilter;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.CancellationPreview;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;
import com.buildappswith.booking.scheduling.application.SessionOutcome;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.Page;
import com.buildappswith.booking.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The builder's dashboard on {@code /builder/bookings}: the bookings with them, filtered by the dates they start on
 * (in the builder's zone) and by status, a page at a time from the database; each shows the time in the builder's
 * zone and the client's, the payment, and what may be done now: cancelling with a reason the client is told (the
 * client gets everything back), and once a session ended, recording whether it took place with a note the client
 * sees under their past sessions.
 */
@Named
@ViewScoped
public class BuilderBookingsPage implements Serializable {

    static final int PAGE_SIZE = 20;

    @Inject
    private BookingManagement management;

    /** Only for the builder's own zone, in which the filter's dates count. */
    @Inject
    private BuilderProfiles profiles;

    private ZoneId zone;

    /** The filter as the address gives it ({@code ?from=2026-12-01&to=2026-12-31&status=CONFIRMED}), unread. */
    private String fromParam;
    private String toParam;
    private String statusParam;
    private LocalDate from;
    private LocalDate to;
    private BookingStatus status;
    private int offset;
    private Page<ManagedBookingView> page;
    /** The booking the cancel or outcome form below the list is about. */
    private ManagedBookingView selected;
    private CancellationPreview preview;
    private boolean recordingOutcome;

    @Size(max = Booking.MAX_CANCEL_REASON,
            message = "A reason has at most " + Booking.MAX_CANCEL_REASON + " characters.")
    private String reason;

    private SessionOutcome outcome = SessionOutcome.COMPLETED;

    @Size(max = Booking.MAX_OUTCOME_NOTE, message = "A note has at most " + Booking.MAX_OUTCOME_NOTE + " characters.")
    private String note;

    /** Reads the filter from the address (saying what it cannot read, and leaving that out) and lists the bookings. */
    public void load() {
        if (page == null) {
            zone = profiles.mine().map(OwnProfileView::timezone).orElse(ZoneId.of("UTC"));
            try {
                from = dateParam("first date", fromParam).orElse(null);
                to = dateParam("last date", toParam).orElse(null);
                status = statusParam(statusParam).orElse(null);
            } catch (IllegalArgumentException e) {
                from = null;
                to = null;
                status = null;
                Messages.error(null, e.getMessage() + " Showing all your bookings.");
            }
            search();
        }
    }

    /** The date an address gives, named {@code what} to the builder; none when it gives none. */
    static Optional<LocalDate> dateParam(String what, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The " + what + " in the address is not a date such as 2026-12-01.",
                    e);
        }
    }

    /** The status an address gives by name (in any case), none when it gives none. */
    static Optional<BookingStatus> statusParam(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BookingStatus.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The status in the address is not one a booking has.", e);
        }
    }

    /** Lists the first page of what the filter now says. */
    public void search() {
        offset = 0;
        refresh();
    }

    /** Reads the page again; a filter the search refuses (dates out of order or range) is said and lists nothing. */
    private void refresh() {
        try {
            page = management.builderBookings(filter(), offset, PAGE_SIZE);
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
            page = new Page<>(List.of(), 0, offset, PAGE_SIZE);
        }
    }

    private BookingFilter filter() {
        return new BookingFilter(Optional.ofNullable(from), Optional.ofNullable(to), zone,
                Optional.ofNullable(status), Optional.empty(), Optional.empty());
    }

    /** The builder's own zone, which the dates of the filter and every first time on the page are in. */
    public String getTimezone() {
        return zone.getId();
    }

    public void nextPage() {
        if (offset + PAGE_SIZE < page.total()) {
            offset += PAGE_SIZE;
            refresh();
        }
    }

    public void previousPage() {
        offset = Math.max(0, offset - PAGE_SIZE);
        refresh();
    }

    public List<BookingRow> getRows() {
        return page.items().stream().map(view -> new BookingRow(view, zone)).toList();
    }

    public String getPageLabel() {
        if (page.total() == 0) {
            return "No bookings";
        }
        return (offset + 1) + "–" + (offset + page.items().size()) + " of " + page.total();
    }

    public boolean isHasNextPage() {
        return offset + PAGE_SIZE < page.total();
    }

    public boolean isHasPreviousPage() {
        return offset > 0;
    }

    /** Shows what cancelling the booking would do, with the reason field below the list. */
    public void startCancel(BookingRow row) {
        selected = row.booking();
        recordingOutcome = false;
        reason = null;
        preview = management.previewCancellation(selected.id(), Canceller.BUILDER);
    }

    /** Cancels the selected booking with the reason given at the refund previewed; the client gets all back. */
    public void confirmCancel() {
        try {
            management.cancel(selected.id(), Canceller.BUILDER, reason,
                    OptionalLong.of(preview.refund().amountMinor()));
            Messages.info("Cancelled " + selected.sessionTypeName() + " with " + selected.clientName() + ". "
                    + CancellationWords.done(preview));
            closeForm();
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        refresh();
    }

    public void startOutcome(BookingRow row) {
        selected = row.booking();
        preview = null;
        recordingOutcome = true;
        outcome = SessionOutcome.COMPLETED;
        note = null;
    }

    /** Records how the selected session went; the client sees the note under their past sessions. */
    public void confirmOutcome() {
        try {
            management.recordOutcome(selected.id(), outcome, note);
            Messages.info("Recorded for " + selected.sessionTypeName() + " with " + selected.clientName() + ".");
            closeForm();
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        refresh();
    }

    public void closeForm() {
        selected = null;
        preview = null;
        recordingOutcome = false;
    }

    public ManagedBookingView getSelected() {
        return selected;
    }

    public CancellationPreview getPreview() {
        return preview;
    }

    public String getPreviewText() {
        return preview == null ? "" : CancellationWords.preview(preview);
    }

    public boolean isRecordingOutcome() {
        return recordingOutcome;
    }

    public List<BookingStatus> getStatuses() {
        return List.of(BookingStatus.values());
    }

    public String getFromParam() {
        return fromParam;
    }

    public void setFromParam(String fromParam) {
        this.fromParam = fromParam;
    }

    public String getToParam() {
        return toParam;
    }

    public void setToParam(String toParam) {
        this.toParam = toParam;
    }

    public String getStatusParam() {
        return statusParam;
    }

    public void setStatusParam(String statusParam) {
        this.statusParam = statusParam;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public void setStatus(BookingStatus status) {
        this.status = status;
    }

    /** The longest reason the page takes, as long as the cancellation itself accepts. */
    public int getMaxReason() {
        return Booking.MAX_CANCEL_REASON;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public SessionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(SessionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
