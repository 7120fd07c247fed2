package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.policy.application.TermsView;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A booking with the terms it was made under and its whole history, oldest first. */
public record BookingDetails(ManagedBookingView booking, TermsView terms, List<BookingHistoryEntry> timeline) {

    /**
     * {@code booking} as {@code reader} sees it in the role {@code viewer} at {@code now}: with its payment, if it
     * has one, and {@code events}, its history oldest first, naming the parties as the reader knows them.
     */
    static BookingDetails of(Booking booking, ViewerRole viewer, Account reader, Optional<PaymentView> payment,
                             List<BookingEvent> events, Instant now) {
        HistoryActors actors = HistoryActors.of(booking, viewer, reader);
        return new BookingDetails(ManagedBookingView.of(booking, viewer, payment, now),
                TermsView.of(booking.terms(), booking.standing().cancellationNoticeFrom(), booking.startsAt(),
                        booking.rescheduleCount()),
                events.stream().map(event -> BookingHistoryEntry.of(event, actors)).toList());
    }
}
