package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.scheduling.application.BookingAction;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;
import com.buildappswith.booking.scheduling.application.ViewerRole;
import com.buildappswith.booking.web.Formats;
import com.buildappswith.booking.web.payment.PaymentWords;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One booking as a dashboard row shows it: the time in the viewer's zone and in the other party's, where it and
 * its payment stand, and for each action the viewer's role could take but cannot now, the sentence that says why
 * ("Cancel: past the deadline ..."), so no button goes missing without a word.
 *
 * @param viewerZone the zone the viewer reads times in (chosen on the page, detected by the browser)
 */
public record BookingRow(ManagedBookingView booking, ZoneId viewerZone) {

    public BookingRow {
        Objects.requireNonNull(booking, "The booking is required.");
        Objects.requireNonNull(viewerZone, "The viewer's zone is required.");
    }

    public long id() {
        return booking.id();
    }

    /** The start in the viewer's zone, with the zone named. */
    public String time() {
        return Formats.dateTime(booking.start(), viewerZone.getId());
    }

    /** The start in the other party's zone (the builder's for a client, the client's for a builder). */
    public String otherPartyTime() {
        return Formats.dateTime(booking.start(), otherPartyZone().getId());
    }

    /** Whose zone {@link #otherPartyTime} is: "Ada Okafor" for a client, the client's name for a builder. */
    public String otherParty() {
        return booking.viewer() == ViewerRole.CLIENT ? booking.builderName() : booking.clientName();
    }

    private ZoneId otherPartyZone() {
        return booking.viewer() == ViewerRole.CLIENT ? booking.builderZone() : booking.clientZone();
    }

    /** The payment on one line ("Paid USD 150.00, USD 75.00 refunded"), "Free" without one. */
    public String payment() {
        return booking.payment().map(PaymentWords::summary).orElse(Formats.FREE);
    }

    public boolean isRefundPending() {
        return booking.payment().map(PaymentView::refundPending).orElse(false);
    }

    /** "Refund pending", "Refund pending (retrying)" or "Refund failed — our team was alerted"; empty for none. */
    public String getRefundNotice() {
        return booking.payment().map(PaymentWords::refundNotice).orElse("");
    }

    public boolean allows(String action) {
        return booking.allows(BookingAction.valueOf(action));
    }

    /** Whether the booking's own page offers something to do now (cancel, move, or record the outcome). */
    public boolean hasManageAction() {
        return !manageLabel().isEmpty();
    }

    /** What the link to the booking's own page says it is for, after what is allowed now; empty for nothing. */
    public String manageLabel() {
        if (booking.allows(BookingAction.RECORD_OUTCOME)) {
            return "Record the outcome";
        }
        boolean cancel = booking.allows(BookingAction.CANCEL);
        boolean move = booking.allows(BookingAction.RESCHEDULE);
        return cancel && move ? "Cancel or move" : cancel ? "Cancel" : move ? "Move to another time" : "";
    }

    /** Why each action the viewer could take is not possible now, one sentence each, in the actions' order. */
    public List<String> reasonsNotAllowed() {
        return booking.notAllowed().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> actionName(entry.getKey()) + ": " + entry.getValue())
                .toList();
    }

    static String actionName(BookingAction action) {
        return switch (action) {
            case PAY -> "Pay";
            case CANCEL -> "Cancel";
            case RESCHEDULE -> "Move to another time";
            case RECORD_OUTCOME -> "Record the outcome";
        };
    }
}
