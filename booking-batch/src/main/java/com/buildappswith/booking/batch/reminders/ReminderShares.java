package com.buildappswith.booking.batch.reminders;

import com.buildappswith.booking.jobs.model.BookingShare;

/** The share of the bookings a partition of the {@code reminders} step handles, from its partition plan. */
final class ReminderShares {

    private ReminderShares() {
    }

    /** The share named by the step's properties {@code share} and {@code shares}. */
    static BookingShare of(String share, String shares) {
        try {
            return new BookingShare(Integer.parseInt(share), Integer.parseInt(shares));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("The reminders step names its share as '" + share + "' of '" + shares
                    + "': both must be numbers (see reminders.xml).", e);
        }
    }
}
