package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Money;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What one kind of notice says beyond the booking's own facts. */
public sealed interface NoticeDetail {

    /** Nothing more: the reminders. */
    record None() implements NoticeDetail {
    }

    /** @param paid the payment that confirmed it; empty for a free session */
    record Confirmed(Optional<Money> paid) implements NoticeDetail {

        public Confirmed {
            Objects.requireNonNull(paid, "The payment is required (empty for none).");
        }
    }

    record PaymentPending(Instant holdUntil) implements NoticeDetail {

        public PaymentPending {
            Objects.requireNonNull(holdUntil, "The end of the hold is required.");
        }
    }

    /**
     * @param letGo  whether the client let it go themselves
     * @param reason why the hold ended, as the booking's history records it
     */
    record HoldEnded(boolean letGo, String reason) implements NoticeDetail {

        public HoldEnded {
            Objects.requireNonNull(reason, "The reason is required.");
        }
    }

    /**
     * @param reason what the person who cancelled said; empty when they said nothing
     * @param paid   what the client paid, if anything
     * @param refund what is on its way back to the client; empty when nothing is
     */
    record Cancelled(ChangedBy by, Optional<String> reason, Optional<Money> paid, Optional<Money> refund)
            implements NoticeDetail {

        public Cancelled {
            Objects.requireNonNull(by, "Who cancelled is required.");
            Objects.requireNonNull(reason, "The reason is required (empty for none).");
            Objects.requireNonNull(paid, "The payment is required (empty for none).");
            Objects.requireNonNull(refund, "The refund is required (empty for none).");
        }
    }

    record Rescheduled(ChangedBy by, Instant previousStart, Instant previousEnd) implements NoticeDetail {

        public Rescheduled {
            Objects.requireNonNull(by, "Who moved it is required.");
            Objects.requireNonNull(previousStart, "The old start is required.");
            Objects.requireNonNull(previousEnd, "The old end is required.");
        }
    }

    record Outcome(BookingStatus outcome, Optional<String> note) implements NoticeDetail {

        public Outcome {
            if (outcome != BookingStatus.COMPLETED && outcome != BookingStatus.NO_SHOW) {
                throw new IllegalArgumentException(outcome + " is not how a session went.");
            }
            Objects.requireNonNull(note, "The note is required (empty for none).");
        }
    }

    record RefundSettled(Money amount, boolean succeeded) implements NoticeDetail {

        public RefundSettled {
            Objects.requireNonNull(amount, "The amount is required.");
        }
    }

    /**
     * @param percentNow what cancelling now gives back of what was paid
     * @param paid       what the client paid; empty for a free session
     * @param movesUntil until when the booking may still be moved; empty when it may not
     */
    record WindowClosed(String termsName, int percentNow, Optional<Money> paid, Optional<Instant> movesUntil)
            implements NoticeDetail {

        public WindowClosed {
            Objects.requireNonNull(termsName, "The terms' name is required.");
            Objects.requireNonNull(paid, "The payment is required (empty for none).");
            Objects.requireNonNull(movesUntil, "The end of moves is required (empty for none).");
            if (percentNow < 0 || percentNow > 100) {
                throw new IllegalArgumentException("A percentage is between 0 and 100.");
            }
        }
    }
}
