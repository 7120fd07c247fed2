package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.scheduling.model.BookingStatus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is told what about a booking change. Both parties hear of what concerns the session itself (confirmed,
 * cancelled, moved), with a calendar invite by email that adds, updates or removes it; the client alone hears of the
 * payment and of the outcome. A paid booking waiting for its payment is only shown in the app: the checkout is open
 * in front of the client, and a mail would be noise. What the application does on its own without changing what
 * either party expects (completing a session that ended, a note in the history) tells nobody.
 */
public final class NoticeRules {

    /** The notices a job writes once per booking, kind and start time, not in answer to a change. */
    public static final Set<NoticeKind> ONCE_PER_START = Set.of(NoticeKind.REMINDER_EARLY, NoticeKind.REMINDER_LATE,
            NoticeKind.CANCELLATION_WINDOW_CLOSED);

    /** How the booking's history begins the reason of a cancellation, before what the person said. */
    private static final List<String> CANCELLED_BY = List.of("cancelled by the client", "cancelled by the builder",
            "cancelled by an admin");

    private NoticeRules() {
    }

    /** The notices of one change, in the order they are written; empty when nobody is told. */
    public static List<NoticePlan> forChange(BookingTransition change) {
        Objects.requireNonNull(change, "The change is required.");
        if (change.moved()) {
            return both(NoticeKind.BOOKING_RESCHEDULED, IcsMethod.REQUEST);
        }
        if (change.from().isEmpty()) {
            return switch (change.to()) {
                case CONFIRMED -> both(NoticeKind.BOOKING_CONFIRMED, IcsMethod.REQUEST);
                case HELD -> List.of(NoticePlan.inAppOnly(NoticeKind.PAYMENT_PENDING, Party.CLIENT));
                default -> List.of();
            };
        }
        BookingStatus from = change.from().get();
        if (from == change.to()) {
            return List.of();
        }
        return switch (change.to()) {
            case CONFIRMED -> both(NoticeKind.BOOKING_CONFIRMED, IcsMethod.REQUEST);
            case EXPIRED -> change.by() == ChangedBy.CLIENT
                    ? List.of(NoticePlan.inAppOnly(NoticeKind.HOLD_EXPIRED, Party.CLIENT))
                    : List.of(NoticePlan.email(NoticeKind.HOLD_EXPIRED, Party.CLIENT));
            case CANCELLED_BY_CLIENT, CANCELLED_BY_BUILDER -> cancelled(from, change.by());
            case COMPLETED, NO_SHOW -> change.by() == ChangedBy.SYSTEM
                    ? List.of()
                    : List.of(NoticePlan.email(NoticeKind.SESSION_OUTCOME, Party.CLIENT));
            case HELD -> List.of();
        };
    }

    /**
     * A confirmed session was in both calendars, so both hear and the invite removes it. A hold was never confirmed
     * and no invite went out: only the client, who may have paid meanwhile, is told; by email unless it was the
     * client who let it go.
     */
    private static List<NoticePlan> cancelled(BookingStatus from, ChangedBy by) {
        if (from == BookingStatus.CONFIRMED) {
            return both(NoticeKind.BOOKING_CANCELLED, IcsMethod.CANCEL);
        }
        return by == ChangedBy.CLIENT
                ? List.of(NoticePlan.inAppOnly(NoticeKind.BOOKING_CANCELLED, Party.CLIENT))
                : List.of(NoticePlan.email(NoticeKind.BOOKING_CANCELLED, Party.CLIENT));
    }

    /** A refund that succeeded or failed: the client hears, by email and in the app. */
    public static List<NoticePlan> forRefund(boolean succeeded) {
        return List.of(NoticePlan.email(succeeded ? NoticeKind.REFUND_COMPLETED : NoticeKind.REFUND_FAILED,
                Party.CLIENT));
    }

    /** A job's notice: reminders go to both parties, the end of free cancellation to the client, who may cancel. */
    public static List<NoticePlan> once(NoticeKind kind) {
        return switch (kind) {
            case REMINDER_EARLY, REMINDER_LATE -> List.of(NoticePlan.email(kind, Party.CLIENT),
                    NoticePlan.email(kind, Party.BUILDER));
            case CANCELLATION_WINDOW_CLOSED -> List.of(NoticePlan.email(kind, Party.CLIENT));
            default -> throw new IllegalArgumentException(kind + " is not written once per start time.");
        };
    }

    /**
     * What the person who cancelled said, out of the reason the booking's history records ("cancelled by the
     * client: ..."): the history names who cancelled before it, which the notice says in its own words.
     */
    public static Optional<String> statedReason(String recorded) {
        String text = Objects.requireNonNull(recorded, "The recorded reason is required.").strip();
        for (String by : CANCELLED_BY) {
            if (text.startsWith(by)) {
                text = text.substring(by.length()).strip();
                text = text.startsWith(":") ? text.substring(1).strip() : text;
                break;
            }
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static List<NoticePlan> both(NoticeKind kind, IcsMethod invite) {
        return List.of(NoticePlan.invite(kind, Party.CLIENT, invite), NoticePlan.invite(kind, Party.BUILDER, invite));
    }
}
