package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.application.TermsView;

import java.util.List;

/** A booking with the terms it was made under and its whole history, oldest first. */
public record BookingDetails(ManagedBookingView booking, TermsView terms, List<BookingHistoryEntry> timeline) {
}
