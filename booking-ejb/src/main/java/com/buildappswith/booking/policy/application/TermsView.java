package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.RefundWindow;

import java.time.Instant;
import java.util.List;

/**
 * A booking's cancellation terms laid out on the calendar of its session, for pages and the API to say in the
 * viewer's zone ("Free cancellation until Tue 3 Dec, 14:00 (Asia/Kolkata); 50 % refund until ...").
 *
 * @param windows         earliest first; see {@link CancellationTerms#windows}
 * @param rescheduleUntil the last instant the booking may be moved
 * @param reschedulesLeft how many more times it may be moved
 */
public record TermsView(String policyName, List<RefundWindow> windows, Instant rescheduleUntil, int maxReschedules,
                        int reschedulesLeft) {

    public static TermsView of(CancellationTerms terms, Instant start, int timesMoved) {
        return new TermsView(terms.name(), terms.windows(start), terms.rescheduleUntil(start),
                terms.maxReschedules(), Math.max(0, terms.maxReschedules() - timesMoved));
    }
}
