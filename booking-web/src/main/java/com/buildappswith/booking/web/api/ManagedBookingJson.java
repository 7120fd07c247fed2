package com.buildappswith.booking.web.api;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.policy.application.TermsView;
import com.buildappswith.booking.scheduling.application.BookingAction;
import com.buildappswith.booking.scheduling.application.BookingDetails;
import com.buildappswith.booking.scheduling.application.BookingHistoryEntry;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A booking as the API shows it to one of its parties: both times (as instants and in each party's zone), where it
 * stands, its payment, what the caller may do now and why not the rest, and, for one booking read on its own, the
 * terms it was made under and its history.
 *
 * @param viewer         how the caller relates to it: CLIENT, BUILDER or ADMIN
 * @param allowedActions what the caller may do now (PAY, CANCEL, RESCHEDULE, RECORD_OUTCOME)
 * @param notAllowed     for actions the caller's role could take but not now, why not
 * @param terms          the cancellation terms it was made under; null in lists
 * @param history        every change, oldest first; null in lists
 * @param paymentProblem why the checkout could not be opened just now, when it could not
 */
public record ManagedBookingJson(long id, String viewer, long builderId, String builder, String client,
                                 String sessionType, String start, String end, String clientLocalStart,
                                 String builderLocalStart, String status, String holdExpiresAt, String purpose,
                                 PaymentJson payment, int rescheduleCount, String outcomeNote,
                                 List<String> allowedActions, Map<String, String> notAllowed, TermsJson terms,
                                 List<HistoryJson> history, String paymentProblem) {

    static ManagedBookingJson of(ManagedBookingView booking) {
        return of(booking, null, null, null);
    }

    /**
     * One booking read on its own, with {@code payment} as the payment domain reads it for this booking alone
     * (with the checkout's address while it is open, which dashboards leave out).
     */
    static ManagedBookingJson of(BookingDetails details, Optional<PaymentView> payment, String paymentProblem) {
        return of(details.booking(), payment, TermsJson.of(details.terms()),
                details.timeline().stream().map(HistoryJson::of).toList(), paymentProblem);
    }

    private static ManagedBookingJson of(ManagedBookingView booking, TermsJson terms, List<HistoryJson> history,
                                         String paymentProblem) {
        return of(booking, booking.payment(), terms, history, paymentProblem);
    }

    private static ManagedBookingJson of(ManagedBookingView booking, Optional<PaymentView> payment, TermsJson terms,
                                         List<HistoryJson> history, String paymentProblem) {
        Map<String, String> notAllowed = new TreeMap<>();
        booking.notAllowed().forEach((action, reason) -> notAllowed.put(action.name(), reason));
        return new ManagedBookingJson(booking.id(), booking.viewer().name(), booking.builderId(),
                booking.builderName(), booking.clientName(), booking.sessionTypeName(), booking.start().toString(),
                booking.end().toString(), booking.start().atZone(booking.clientZone()).toOffsetDateTime().toString(),
                booking.start().atZone(booking.builderZone()).toOffsetDateTime().toString(), booking.status().name(),
                booking.holdExpiresAt().map(Instant::toString).orElse(null), booking.purpose(),
                payment.map(PaymentJson::of).orElse(null), booking.rescheduleCount(),
                booking.outcomeNote().orElse(null),
                booking.allowed().stream().sorted().map(BookingAction::name).toList(), notAllowed, terms, history,
                paymentProblem);
    }

    /**
     * Amounts twice: as a decimal string in the currency's usual notation, and in minor units (cents), never as a
     * floating-point number.
     *
     * @param checkoutUrl where to pay, while the checkout is open and the hold is live
     * @param testMode    whether it is the offline test mode, which moves no money
     */
    public record PaymentJson(String status, String amount, long amountMinor, String currency, String refunded,
                              long refundedMinor, boolean refundPending, String checkoutUrl, String provider,
                              boolean testMode) {

        static PaymentJson of(PaymentView payment) {
            return new PaymentJson(payment.status().name(), payment.amount().amount().toPlainString(),
                    payment.amount().amountMinor(), payment.amount().currency().getCurrencyCode(),
                    payment.refunded().amount().toPlainString(), payment.refunded().amountMinor(),
                    payment.refundPending(), payment.checkoutUrl().map(URI::toString).orElse(null),
                    payment.provider(), payment.testMode());
        }
    }

    /**
     * One change of the booking; {@code from} is null for its creation, {@code movedFrom} and {@code movedTo} are the
     * old and the new start of a move (null otherwise).
     */
    public record HistoryJson(String from, String to, String actor, String reason, String at, String movedFrom,
                              String movedTo) {

        static HistoryJson of(BookingHistoryEntry entry) {
            return new HistoryJson(entry.from().map(Enum::name).orElse(null), entry.to().name(), entry.actor(),
                    entry.reason(), entry.at().toString(), entry.movedFrom().map(Instant::toString).orElse(null),
                    entry.movedTo().map(Instant::toString).orElse(null));
        }
    }

    /**
     * The terms laid out on the booking's calendar, as instants.
     *
     * @param windows         earliest first: cancelling up to and including {@code until} gives back {@code percent}
     * @param rescheduleUntil the last instant the booking may be moved
     */
    public record TermsJson(String policy, List<WindowJson> windows, String rescheduleUntil, int maxReschedules,
                            int reschedulesLeft) {

        static TermsJson of(TermsView terms) {
            return new TermsJson(terms.policyName(),
                    terms.windows().stream().map(window -> new WindowJson(window.percent(),
                            window.until().toString())).toList(),
                    terms.rescheduleUntil().toString(), terms.maxReschedules(), terms.reschedulesLeft());
        }
    }

    public record WindowJson(int percent, String until) {
    }
}
