package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Money;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Puts a notice into words for its recipient: a subject, a plain-text and an HTML body that say the same, and the
 * line the app shows. Times are given in the recipient's zone and in the other party's, each naming its zone, so
 * neither has to convert. Everything a person typed (names, the purpose, reasons, notes) is escaped in the HTML body;
 * the text body and the in-app line are plain text, escaped by whoever shows them.
 * <p>
 * A composer remembers the times it has put into words, since the notices of one change or of one job's chunk
 * name a few sessions many times over (each in both parties' zones): use one for a unit of work, from one thread.
 */
public final class NoticeComposer {

    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Characters of a notice's text and HTML bodies, room for most. */
    private static final int TEXT_SIZE = 640;
    private static final int HTML_SIZE = 1280;

    private record Span(Instant start, Instant end, ZoneId zone) {
    }

    private record Moment(Instant at, ZoneId zone) {
    }

    private final Map<Span, String> spans = new HashMap<>();
    private final Map<Moment, String> shortMoments = new HashMap<>();

    public ComposedNotice compose(NoticePlan plan, BookingFacts facts, NoticeDetail detail) {
        Objects.requireNonNull(plan, "The plan is required.");
        Objects.requireNonNull(facts, "The facts are required.");
        Objects.requireNonNull(detail, "The detail is required.");
        Party to = plan.to();
        Recipient reader = facts.recipient(to);
        Recipient other = facts.other(to);
        String session = facts.sessionType() + " with " + other.name();
        String shortWhen = shortMoments.computeIfAbsent(new Moment(facts.start(), reader.zone()),
                moment -> shortWhen(moment.at(), moment.zone()));
        List<String> lead = lead(plan.kind(), to, facts, detail);
        String subject = oneLine(subject(plan.kind(), detail, session, shortWhen));
        String inApp = oneLine(subject + ". " + String.join(" ", lead));

        Map<String, String> details = new LinkedHashMap<>();
        details.put("Session", session);
        details.put("When (your time)", rememberedWhen(facts.start(), facts.end(), reader.zone()));
        details.put("When for " + other.name(), rememberedWhen(facts.start(), facts.end(), other.zone()));
        details.put("Price", facts.price().map(NoticeComposer::money).orElse("free"));
        if (!facts.purpose().isBlank()) {
            details.put("Purpose", facts.purpose());
        }
        String link = facts.link().toString();

        List<String> paragraphs = new ArrayList<>(lead);
        calendarNote(plan).ifPresent(paragraphs::add);
        // Sized for a usual notice at once: growing a builder copies what it holds each time.
        StringBuilder text = new StringBuilder(TEXT_SIZE).append("Hello ").append(reader.name()).append(",\n\n");
        paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        details.forEach((label, value) -> text.append(label).append(": ").append(value).append('\n'));
        text.append("\nOpen the booking: ").append(link).append("\n\n-- \nBuilder Booking\n");

        StringBuilder html = new StringBuilder(HTML_SIZE)
                .append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(subject))
                .append("</title></head><body>\n<p>Hello ").append(escape(reader.name())).append(",</p>\n");
        paragraphs.forEach(paragraph -> html.append("<p>").append(escape(paragraph)).append("</p>\n"));
        html.append("<table>\n");
        details.forEach((label, value) -> html.append("<tr><th align=\"left\">").append(escape(label))
                .append("</th><td>").append(escape(value)).append("</td></tr>\n"));
        html.append("</table>\n<p><a href=\"").append(escape(link)).append("\">Open the booking</a></p>\n")
                .append("<p>Builder Booking</p>\n</body></html>\n");
        return new ComposedNotice(subject, text.toString(), html.toString(), inApp);
    }

    private static String subject(NoticeKind kind, NoticeDetail detail, String session, String when) {
        return switch (kind) {
            case BOOKING_CONFIRMED -> "Confirmed: " + session + " on " + when;
            case PAYMENT_PENDING -> "Payment pending: " + session + " on " + when;
            case HOLD_EXPIRED -> "Hold ended: " + session + " on " + when;
            case BOOKING_CANCELLED -> "Cancelled: " + session + " on " + when;
            case BOOKING_RESCHEDULED -> "Moved: " + session + " to " + when;
            case REFUND_COMPLETED -> "Refund completed: " + session + " on " + when;
            case REFUND_FAILED -> "Refund delayed: " + session + " on " + when;
            case CANCELLATION_WINDOW_CLOSED -> "Free cancellation has ended: " + session + " on " + when;
            case REMINDER_EARLY, REMINDER_LATE -> "Reminder: " + session + " on " + when;
            case SESSION_OUTCOME -> (detail instanceof NoticeDetail.Outcome outcome
                    && outcome.outcome() == BookingStatus.NO_SHOW ? "Missed: " : "Completed: ") + session + " on "
                    + when;
        };
    }

    /** The paragraphs that say what happened and what it means for the reader. */
    private static List<String> lead(NoticeKind kind, Party to, BookingFacts facts, NoticeDetail detail) {
        Recipient reader = facts.recipient(to);
        Recipient other = facts.other(to);
        List<String> lead = new ArrayList<>();
        if (detail instanceof NoticeDetail.Confirmed confirmed) {
            if (to == Party.CLIENT) {
                lead.add("Your session is confirmed.");
                confirmed.paid().ifPresent(paid -> lead.add("We received your payment of " + money(paid) + "."));
            } else {
                lead.add(confirmed.paid()
                        .map(paid -> other.name() + "'s payment of " + money(paid) + " arrived: the session is "
                                + "confirmed.")
                        .orElse(other.name() + " booked a session with you: it is confirmed."));
            }
        } else if (detail instanceof NoticeDetail.PaymentPending pending) {
            lead.add("We hold the slot for you until " + moment(pending.holdUntil(), reader.zone()) + " while you pay"
                    + facts.price().map(price -> " " + money(price)).orElse("") + ". Once the payment has arrived the "
                    + "session is confirmed; if it has not by then, the slot is released.");
        } else if (detail instanceof NoticeDetail.HoldEnded ended) {
            lead.add(ended.letGo()
                    ? "You let the hold go: the slot is free for others again and nothing is charged."
                    : "The hold on the slot ended before the payment was completed (" + ended.reason() + "), so the "
                            + "slot is free again. Anything taken for it comes back to you in full.");
        } else if (detail instanceof NoticeDetail.Cancelled cancelled) {
            lead.add(actor(cancelled.by(), to, facts) + " cancelled the session.");
            cancelled.reason().ifPresent(reason -> lead.add("Reason given: " + reason));
            if (to == Party.CLIENT) {
                cancelled.paid().ifPresent(paid -> lead.add(cancelled.refund()
                        .map(refund -> money(refund) + " of the " + money(paid) + " you paid is on its way back to "
                                + "you; we will tell you when it has arrived.")
                        .orElse("Under the booking's cancellation terms, nothing of the " + money(paid) + " you "
                                + "paid is refunded.")));
            } else {
                cancelled.refund().ifPresent(refund -> lead.add(other.name() + " is refunded " + money(refund) + "."));
            }
        } else if (detail instanceof NoticeDetail.Rescheduled moved) {
            lead.add(actor(moved.by(), to, facts) + " moved the session from "
                    + when(moved.previousStart(), moved.previousEnd(), reader.zone()) + " to "
                    + when(facts.start(), facts.end(), reader.zone()) + ".");
        } else if (detail instanceof NoticeDetail.Outcome outcome) {
            lead.add(outcome.outcome() == BookingStatus.COMPLETED
                    ? other.name() + " recorded the session as completed."
                    : other.name() + " recorded that you did not attend the session.");
            outcome.note().ifPresent(note -> lead.add("Note from " + other.name() + ": " + note));
        } else if (detail instanceof NoticeDetail.RefundSettled refund) {
            lead.add(refund.succeeded()
                    ? "Your refund of " + money(refund.amount()) + " is complete. Your bank may take a few days to "
                            + "show it."
                    : "Your refund of " + money(refund.amount()) + " did not go through at the first attempt. We are "
                            + "retrying; there is nothing you need to do.");
        } else if (detail instanceof NoticeDetail.WindowClosed closed) {
            lead.add("Free cancellation for this session has ended.");
            lead.add(closed.paid()
                    .map(paid -> closed.percentNow() == 0
                            ? "Cancelling now gives nothing of the " + money(paid) + " you paid back, under the "
                                    + closed.termsName() + " terms."
                            : "Cancelling now gives back " + closed.percentNow() + " % of the " + money(paid)
                                    + " you paid, under the " + closed.termsName() + " terms.")
                    .orElse("The session is free, so cancelling costs nothing: please cancel if you can no longer "
                            + "come."));
            lead.add(closed.movesUntil()
                    .map(until -> "You can still move it to another time until " + moment(until, reader.zone()) + ".")
                    .orElse("It can no longer be moved to another time."));
        } else {
            lead.add(kind == NoticeKind.REMINDER_LATE
                    ? "Your session with " + other.name() + " starts soon."
                    : "Your session with " + other.name() + " is coming up.");
        }
        return lead;
    }

    /** What the email's invite does to the reader's calendar, said beside it. */
    private static Optional<String> calendarNote(NoticePlan plan) {
        return plan.invite().map(method -> switch (method) {
            case REQUEST -> plan.kind() == NoticeKind.BOOKING_RESCHEDULED
                    ? "The attached invite moves it in your calendar."
                    : "The attached invite adds it to your calendar.";
            case CANCEL -> "The attached update removes it from your calendar.";
        });
    }

    private static String actor(ChangedBy by, Party to, BookingFacts facts) {
        return switch (by) {
            case CLIENT -> to == Party.CLIENT ? "You" : facts.client().name();
            case BUILDER -> to == Party.BUILDER ? "You" : facts.builder().name();
            case ADMIN -> "The site's administrator";
            case SYSTEM -> "Builder Booking";
        };
    }

    private String rememberedWhen(Instant start, Instant end, ZoneId zone) {
        return spans.computeIfAbsent(new Span(start, end, zone), span -> when(span.start(), span.end(), span.zone()));
    }

    /**
     * "Friday 4 December 2026, 10:00–11:00 CET (Europe/Berlin)"; the zone's abbreviation is the one in force at the
     * time, so a session on either side of a DST change names the offset it really has.
     */
    static String when(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime until = end.atZone(zone);
        String fromZone = ZONE_ABBREVIATION.format(from);
        String untilZone = ZONE_ABBREVIATION.format(until);
        String untilText = until.toLocalDate().equals(from.toLocalDate()) ? TIME.format(until)
                : DAY_AND_TIME.format(until);
        if (!fromZone.equals(untilZone)) {
            return DAY_AND_TIME.format(from) + " " + fromZone + "–" + untilText + " " + untilZone + " (" + zone.getId()
                    + ")";
        }
        return DAY_AND_TIME.format(from) + "–" + untilText + " " + fromZone + " (" + zone.getId() + ")";
    }

    /** One instant with its zone: "Friday 4 December 2026, 10:00 CET (Europe/Berlin)". */
    static String moment(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return DAY_AND_TIME.format(local) + " " + ZONE_ABBREVIATION.format(local) + " (" + zone.getId() + ")";
    }

    private static String shortWhen(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return SHORT_DAY_AND_TIME.format(local) + " " + ZONE_ABBREVIATION.format(local);
    }

    static String money(Money amount) {
        return amount.currency().getCurrencyCode() + " " + amount.amount().toPlainString();
    }

    /**
     * A header or a line in the app holds no line breaks, whatever a person typed into a name. Most lines hold none
     * to begin with and are returned as they are, without a regular expression's pass over them.
     */
    static String oneLine(String text) {
        return isOneLine(text) ? text : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Whether {@code text} has no run of whitespace but single spaces, and none at either end. */
    private static boolean isOneLine(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return true;
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    public static String escape(String text) {
        int first = 0;
        while (first < text.length() && replacement(text.charAt(first)) == null) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        // Every character escaped is ASCII, so the text is walked by char: a surrogate pair is copied as it stands.
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement == null) {
                escaped.append(c);
            } else {
                escaped.append(replacement);
            }
        }
        return escaped.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
