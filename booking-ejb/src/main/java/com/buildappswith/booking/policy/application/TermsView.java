package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.RefundWindow;

import java.time.Instant;
import java.util.List;

/**
 * A booking's cancellation terms laid out on the calendar of its session, for pages and the API to say in the
 * viewer's zone ("Free cancellation until Tue 3 Dec, 14:00 (Asia/Kolkata); 50 % refund until ...").
 *
 * @param windows              earliest first; see {@link CancellationTerms#windows}
 * @param rescheduleUntil      the last instant the booking may be moved
 * @param reschedulesLeft      how many more times it may be moved
 * @param keepsOriginalDeadlines whether the booking was moved later and its refunds still count from its first start
 */
public record TermsView(String policyName, List<RefundWindow> windows, Instant rescheduleUntil, int maxReschedules,
                        int reschedulesLeft, boolean keepsOriginalDeadlines) {

    /** The terms of a session not booked yet, or never moved, starting at {@code start}. */
    public static TermsView of(CancellationTerms terms, Instant start, int timesMoved) {
        return of(terms, start, start, timesMoved);
    }

    /**
     * The terms of a booking starting at {@code start} whose cancellation notice counts to {@code noticeFrom} (see
     * {@code BookingStanding#cancellationNoticeFrom}); moving it follows its current start.
     */
    public static TermsView of(CancellationTerms terms, Instant noticeFrom, Instant start, int timesMoved) {
        return new TermsView(terms.name(), terms.windows(noticeFrom, start), terms.rescheduleUntil(start),
                terms.maxReschedules(), Math.max(0, terms.maxReschedules() - timesMoved),
                noticeFrom.isBefore(start));
    }
}
