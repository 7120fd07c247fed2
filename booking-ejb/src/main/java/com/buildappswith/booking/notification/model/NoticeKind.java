package com.buildappswith.booking.notification.model;

/**
 * What a notice tells about. The names are stored (outbox_message.kind, notification.kind, booking_notice.kind), so
 * they are never renamed.
 */
public enum NoticeKind {
    /** A free session booked, or a paid one whose payment arrived: the booking stands. */
    BOOKING_CONFIRMED,
    /** A paid session is held while the client pays. */
    PAYMENT_PENDING,
    /** The hold lapsed before the payment arrived; the slot is free again. */
    HOLD_EXPIRED,
    BOOKING_CANCELLED,
    BOOKING_RESCHEDULED,
    REFUND_COMPLETED,
    REFUND_FAILED,
    /** Free cancellation has ended for the booking (a deadlines job notice, once per start time). */
    CANCELLATION_WINDOW_CLOSED,
    /** The first reminder before the start (24 h by default; once per start time). */
    REMINDER_EARLY,
    /** The last reminder before the start (1 h by default; once per start time). */
    REMINDER_LATE,
    /** The builder recorded how the session went. */
    SESSION_OUTCOME
}
