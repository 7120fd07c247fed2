package com.buildappswith.booking.payment.model;

/**
 * What a booking becomes when its money arrives. While the hold is live the slot is the client's: confirm. Once
 * the hold lapsed, someone else may have booked the slot; the payment confirms only if the seat is still free (the
 * same locks and checks as a booking), and is otherwise refunded in full while the booking stays EXPIRED, with the
 * reason "paid after the hold expired". A booking that is confirmed already needs nothing; one that ended another
 * way (cancelled, say) cannot take the money and is refunded, and so is one whose client let its hold go (they
 * said they do not want the session; the money came through a checkout still open in another tab).
 */
public enum LatePayment {

    CONFIRM, ALREADY_CONFIRMED, REFUND;

    /** Where the booking stands when its money arrives. */
    public enum Standing {
        HOLD_LIVE,
        /** HELD past its expiry, or EXPIRED: its seat may be taken. */
        HOLD_LAPSED,
        CONFIRMED,
        /** EXPIRED because its client let the hold go, not because it lapsed. */
        LET_GO,
        /** Cancelled, completed or otherwise over. */
        CLOSED;

        /** Whether the decision depends on whether the seat is still free. */
        public boolean needsSeatCheck() {
            return this == HOLD_LAPSED;
        }
    }

    /**
     * @param seatFree whether the booking's seat is free for it now; read only for {@link Standing#HOLD_LAPSED}
     */
    public static LatePayment decide(Standing standing, boolean seatFree) {
        return switch (standing) {
            case HOLD_LIVE -> CONFIRM;
            case HOLD_LAPSED -> seatFree ? CONFIRM : REFUND;
            case CONFIRMED -> ALREADY_CONFIRMED;
            case LET_GO, CLOSED -> REFUND;
        };
    }
}
