package com.buildappswith.booking.payment.application;

/** What one provider event did: every one of them is a success for the provider, which then stops redelivering. */
public enum PaymentEventOutcome {
    /** It moved the payment (and perhaps its booking) forward. */
    APPLIED,
    /** Money arrived after the booking's seat went to someone else: the booking stays EXPIRED, a refund is on its way. */
    REFUNDED_LATE_PAYMENT,
    /** Recorded, but it changed nothing: out of order, or about a state the payment had already passed. */
    NO_CHANGE,
    /** An event with this id took effect before: nothing happened again. */
    ALREADY_PROCESSED,
    /** Recorded, about no checkout or refund of this application (another one sharing the provider account). */
    NOT_OURS
}
