package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.scheduling.application.BookingAction;
import com.buildappswith.booking.scheduling.application.BookingDetails;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.BookingNotFoundException;
import com.buildappswith.booking.scheduling.application.CancellationPreview;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.web.Formats;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.PageIds;
import com.buildappswith.booking.web.manage.TermsWords;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One booking as an admin sees it ({@code /admin/booking.xhtml?id=42}): both parties, its terms, payment and
 * timeline; and cancelling it as an admin, which refunds everything paid and needs a reason: first what it would
 * do, then the cancellation itself. An id that names no booking is a 404.
 */
@Named
@ViewScoped
public class AdminBookingPage implements Serializable {

    @Inject
    private BookingManagement management;

    @Inject
    private Clock clock;

    private String id;
    private long bookingId;
    private BookingDetails details;
    private CancellationPreview preview;

    @NotBlank(message = "Say why the booking is cancelled: both parties see the reason.")
    @Size(max = Booking.MAX_CANCEL_REASON,
            message = "A reason has at most " + Booking.MAX_CANCEL_REASON + " characters.")
    private String reason;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        Optional<Long> parsed = PageIds.parse(id);
        try {
            bookingId = parsed.orElseThrow(BookingNotFoundException::new);
            details = management.details(bookingId);
        } catch (BookingNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such booking");
            faces.responseComplete();
        }
    }

    /** What cancelling now would do; the reason and the last button follow. */
    public void previewCancellation() {
        try {
            preview = management.previewCancellation(bookingId, Canceller.ADMIN);
            preview.refusal().ifPresent(why -> Messages.error(null, why));
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void dismissPreview() {
        preview = null;
    }

    /**
     * Cancels at the refund previewed (refused, with the new amount, when it changed since), with the reason; the
     * page then shows the booking as it is now.
     */
    public void cancel() {
        try {
            ManagedBookingView cancelled = management.cancel(bookingId, Canceller.ADMIN, reason.strip(),
                    OptionalLong.of(preview.refund().amountMinor()));
            Messages.info("The booking is cancelled (" + Formats.status(cancelled.status().name()) + "). "
                    + (preview.paid().isPresent() ? Formats.money(preview.refund()) + " goes back to the client."
                    : "Nothing was paid, so nothing goes back."));
            preview = null;
            reason = null;
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        details = management.details(bookingId);
    }

    /** Whether an admin may cancel the booking now; when not, {@link #getWhyNotCancellable()} says why. */
    public boolean isCancellable() {
        return details.booking().allows(BookingAction.CANCEL);
    }

    public String getWhyNotCancellable() {
        ManagedBookingView booking = details.booking();
        return booking.notAllowed().getOrDefault(BookingAction.CANCEL, "This booking is "
                + Formats.status(booking.status().name()).toLowerCase(Locale.ENGLISH)
                + ": there is nothing to cancel.");
    }

    /** What the preview says: "The client gets back USD 150.00 of USD 150.00 paid." */
    public String getPreviewWords() {
        return preview.paid()
                .map(paid -> "The client gets back " + Formats.money(preview.refund()) + " of " + Formats.money(paid)
                        + " paid.")
                .orElse("Nothing was paid, so nothing goes back.");
    }

    /**
     * The terms as the client was told them, in the client's zone, one line a refund window and one for moves; a
     * deadline already past is said as ended, and moves of a booking no longer under way as what the terms allowed.
     */
    public List<String> getTermsLines() {
        return TermsWords.lines(details.terms(), details.booking().clientZone(), clock.instant(),
                details.booking().status());
    }

    public String getPayment() {
        return BookingsAdminPage.paymentOf(details.booking());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BookingDetails getDetails() {
        return details;
    }

    public CancellationPreview getPreview() {
        return preview;
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
}
