package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.policy.application.TermsView;
import com.buildappswith.booking.policy.model.RefundWindow;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.web.Formats;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A booking's cancellation terms in a person's words and zone, as the booking page, the confirmation and the
 * dashboards say them: "Free cancellation until Tuesday 3 December 2026, 14:00 (Asia/Kolkata); 50 % refund until
 * ...; no refund after that." Every instant is shown in the zone given, which every time on a page names. A deadline
 * already past when the words are read is said as ended: a session booked two days ahead under terms that end free
 * cancellation 48 hours before it never had free cancellation to offer.
 */
public final class TermsWords {

    /** Said beside the terms of a booking moved later, whose refunds still count from its first start. */
    private static final String KEPT_DEADLINES = "Moved bookings keep their original cancellation deadline.";

    private TermsWords() {
    }

    /** The refund windows, earliest first, as one sentence, as of {@code now}. */
    public static String cancellation(TermsView terms, ZoneId zone, Instant now) {
        Objects.requireNonNull(terms, "Terms are required.");
        List<RefundWindow> windows = terms.windows();
        List<String> parts = windows.stream().map(window -> inWords(window, zone, now)).toList();
        boolean lastGivesNothing = !windows.isEmpty() && windows.get(windows.size() - 1).percent() == 0;
        String sentence = capitalised(String.join("; ", parts));
        return sentence + (lastGivesNothing ? "." : "; no cancellation after the start.")
                + (terms.keepsOriginalDeadlines() ? " " + KEPT_DEADLINES : "");
    }

    /**
     * The terms as a record lists them, a line each, as of {@code now}: the refund windows earliest first, that moves
     * keep the first deadlines where they do, and the moves of a booking in {@code status}.
     */
    public static List<String> lines(TermsView terms, ZoneId zone, Instant now, BookingStatus status) {
        List<String> lines = new ArrayList<>();
        terms.windows().forEach(window -> lines.add(capitalised(inWords(window, zone, now))));
        if (terms.keepsOriginalDeadlines()) {
            lines.add(KEPT_DEADLINES);
        }
        lines.add(rescheduling(terms, zone, now, status));
        return List.copyOf(lines);
    }

    private static String inWords(RefundWindow window, ZoneId zone, Instant now) {
        String when = Formats.dateTime(window.until(), zone.getId());
        String deadline = (now.isAfter(window.until()) ? "ended " : "until ") + when;
        if (window.isFree()) {
            return "Free cancellation " + deadline;
        }
        if (window.percent() == 0) {
            return "no refund from then until the start, " + when;
        }
        return window.percent() + " % refund " + deadline;
    }

    /** Until when and how often the booking may still be moved, as of {@code now}. */
    public static String rescheduling(TermsView terms, ZoneId zone, Instant now) {
        if (terms.maxReschedules() == 0) {
            return "This booking cannot be moved to another time.";
        }
        if (now.isAfter(terms.rescheduleUntil())) {
            return "It can no longer be moved to another time: moves ended "
                    + Formats.dateTime(terms.rescheduleUntil(), zone.getId()) + ".";
        }
        return "You may move it to another time until " + Formats.dateTime(terms.rescheduleUntil(), zone.getId())
                + ", at most " + times(terms.maxReschedules()) + " (" + terms.reschedulesLeft() + " left).";
    }

    /**
     * The moves of a booking in {@code status}: while it is under way, until when and how often it may still be
     * moved; once cancelled, past or lapsed, what its terms allowed, as nobody may move it however far off its
     * deadline is.
     */
    public static String rescheduling(TermsView terms, ZoneId zone, Instant now, BookingStatus status) {
        return status.isActive() ? rescheduling(terms, zone, now) : reschedulingAsBooked(terms, zone);
    }

    private static String reschedulingAsBooked(TermsView terms, ZoneId zone) {
        if (terms.maxReschedules() == 0) {
            return "The terms did not allow moving it to another time.";
        }
        return "The terms allowed moving it to another time until "
                + Formats.dateTime(terms.rescheduleUntil(), zone.getId()) + ", at most " + times(terms.maxReschedules())
                + ".";
    }

    /** Both sentences, with the policy's name, for pages that say the terms once. */
    public static String summary(TermsView terms, ZoneId zone, Instant now) {
        return "Cancellation policy " + terms.policyName() + ": " + cancellation(terms, zone, now) + " "
                + rescheduling(terms, zone, now);
    }

    private static String times(int count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
