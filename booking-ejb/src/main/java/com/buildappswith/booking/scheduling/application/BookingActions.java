package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.scheduling.model.BookingStanding;
import com.buildappswith.booking.scheduling.model.ManagementRules;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one viewer may do with a booking now, and why not for the actions of their role that the rules do not allow
 * now: a client pays, cancels and moves; a builder cancels and records the outcome; an admin cancels. A booking that
 * is over (closed or lapsed) offers nothing and explains nothing: there is nothing left to do with it.
 *
 * @param notAllowed for each action of the viewer's role not allowed now, why not
 */
public record BookingActions(Set<BookingAction> allowed, Map<BookingAction, String> notAllowed) {

    public BookingActions {
        allowed = Set.copyOf(allowed);
        notAllowed = Map.copyOf(notAllowed);
    }

    public static BookingActions of(ViewerRole viewer, BookingStanding booking, Instant now) {
        Objects.requireNonNull(viewer, "The viewer is required.");
        Set<BookingAction> allowed = EnumSet.noneOf(BookingAction.class);
        Map<BookingAction, String> notAllowed = new EnumMap<>(BookingAction.class);
        if (!booking.statusAt(now).isActive()) {
            return new BookingActions(allowed, notAllowed);
        }
        switch (viewer) {
            case CLIENT -> {
                if (ManagementRules.canPay(booking, now)) {
                    allowed.add(BookingAction.PAY);
                }
                decide(BookingAction.CANCEL, ManagementRules.refusalToCancel(Canceller.CLIENT, booking, now),
                        allowed, notAllowed);
                decide(BookingAction.RESCHEDULE, ManagementRules.refusalToReschedule(booking, now), allowed,
                        notAllowed);
            }
            case BUILDER -> {
                decide(BookingAction.CANCEL, ManagementRules.refusalToCancel(Canceller.BUILDER, booking, now),
                        allowed, notAllowed);
                decide(BookingAction.RECORD_OUTCOME, ManagementRules.refusalToRecordOutcome(booking, now), allowed,
                        notAllowed);
            }
            case ADMIN -> decide(BookingAction.CANCEL, ManagementRules.refusalToCancel(Canceller.ADMIN, booking, now),
                    allowed, notAllowed);
        }
        return new BookingActions(allowed, notAllowed);
    }

    private static void decide(BookingAction action, Optional<String> refusal, Set<BookingAction> allowed,
                               Map<BookingAction, String> notAllowed) {
        refusal.ifPresentOrElse(reason -> notAllowed.put(action, reason), () -> allowed.add(action));
    }
}
