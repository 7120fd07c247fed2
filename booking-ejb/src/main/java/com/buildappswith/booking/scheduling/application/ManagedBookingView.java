package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One booking as a dashboard shows it to {@code viewer}: both parties, the time (pages show it in the viewer's zone
 * and the other party's), where it stands, its payment, and what the viewer may do now, with the reason for each
 * action that is not possible (past a deadline, moved too often), so pages say why instead of hiding a button.
 *
 * @param status     as people should see it now (a lapsed hold reads EXPIRED)
 * @param payment    the payment of a paid session: status, amount paid, refunded, refund pending
 * @param allowed    the actions the viewer may take now
 * @param notAllowed for actions the viewer's role could take but not now, why not
 */
public record ManagedBookingView(long id, ViewerRole viewer, long builderId, String builderName,
                                 ZoneId builderZone, String clientName, ZoneId clientZone, String sessionTypeName,
                                 Instant start, Instant end, BookingStatus status, Optional<Instant> holdExpiresAt,
                                 String purpose, String notes, Optional<PaymentView> payment,
                                 Optional<String> outcomeNote, int rescheduleCount, Set<BookingAction> allowed,
                                 Map<BookingAction, String> notAllowed) {

    /** {@code booking} as {@code viewer} sees it at {@code now}, with its payment if it has one. */
    static ManagedBookingView of(Booking booking, ViewerRole viewer, Optional<PaymentView> payment, Instant now) {
        BookingActions actions = BookingActions.of(viewer, booking.standing(), now);
        return new ManagedBookingView(booking.id(), viewer, booking.builder().id(), booking.builder().displayName(),
                booking.builder().timezone(), booking.client().displayName(), booking.clientTimezone(),
                booking.sessionType().name(), booking.startsAt(), booking.endsAt(),
                booking.status().seenAt(now, booking.holdExpiresAt().orElse(null)), booking.holdExpiresAt(),
                booking.purpose(), booking.notes(), payment, booking.outcomeNote(), booking.rescheduleCount(),
                actions.allowed(), actions.notAllowed());
    }

    public boolean allows(BookingAction action) {
        return allowed.contains(action);
    }
}
