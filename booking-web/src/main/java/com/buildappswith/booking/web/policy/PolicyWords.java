package com.buildappswith.booking.web.policy;

import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.web.Formats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy's terms in words, measured back from a session's start because no session is chosen yet: "Free
 * cancellation until 48 h before the start; 50 % back until 24 h before; nothing back after that. Moves until 24 h
 * before, at most 2 times." A booking's own terms, laid out on its calendar, are worded by the booking pages.
 */
public final class PolicyWords {

    private PolicyWords() {
    }

    /** Refund and moves together, as the policy list and the session-type form show them. */
    public static String terms(CancellationTerms terms) {
        return refunds(terms) + " " + moves(terms);
    }

    /**
     * What a client's cancellation gives back, from the most notice to the least; windows of one percentage in a
     * row (a 0 % tier before the start, say) read as one.
     */
    public static String refunds(CancellationTerms terms) {
        List<RefundTier> spans = new ArrayList<>();
        spans.add(new RefundTier(terms.freeCancellationNotice(), 100));
        spans.addAll(terms.tiers());
        List<RefundTier> merged = new ArrayList<>();
        for (RefundTier span : spans) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).percent() == span.percent()) {
                merged.set(merged.size() - 1, span);
            } else {
                merged.add(span);
            }
        }
        StringBuilder words = new StringBuilder("Free cancellation until ")
                .append(before(merged.get(0).minNotice(), " the start"));
        for (RefundTier span : merged.subList(1, merged.size())) {
            if (span.percent() == 0) {
                break;
            }
            words.append("; ").append(span.percent()).append(" % back until ").append(before(span.minNotice(), ""));
        }
        RefundTier last = merged.get(merged.size() - 1);
        if (last.percent() == 0 || !last.minNotice().isZero()) {
            words.append("; nothing back after that");
        }
        return words.append('.').toString();
    }

    /** Until when and how often a booking may be moved: "Moves until 24 h before, at most 2 times." */
    public static String moves(CancellationTerms terms) {
        int times = terms.maxReschedules();
        if (times == 0) {
            return "No moves.";
        }
        return "Moves until " + before(terms.rescheduleNotice(), "") + ", at most "
                + (times == 1 ? "once" : times + " times") + ".";
    }

    private static String before(Duration notice, String what) {
        return notice.isZero() ? "the start" : Formats.duration(notice) + " before" + what;
    }
}
