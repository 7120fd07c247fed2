package com.buildappswith.booking.scheduling.application;

/** What the viewer of a booking may do with it now. */
public enum BookingAction {
    /** The client pays a held booking (or tries the checkout again). */
    PAY,
    CANCEL,
    RESCHEDULE,
    /** The builder notes, after the session ended, whether it took place and how it went. */
    RECORD_OUTCOME
}
