package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.scheduling.application.CancellationPreview;
import com.buildappswith.booking.web.Formats;

/**
 * What a cancellation would give back, said before the person confirms: "You will get back EUR 30.00 of EUR 60.00
 * under the policy you booked with (Standard)." A builder or an admin cancelling is told that the client gets
 * everything back; a session with nothing paid says so.
 */
public final class CancellationWords {

    private CancellationWords() {
    }

    public static String preview(CancellationPreview preview) {
        if (!preview.isAllowed()) {
            return preview.refusal().orElseThrow();
        }
        if (preview.paid().isEmpty()) {
            return "Nothing has been paid for this session, so there is nothing to refund.";
        }
        String paid = Formats.money(preview.paid().get());
        String refund = Formats.money(preview.refund());
        if (preview.canceller() != Canceller.CLIENT) {
            return "The client gets back everything they paid: " + refund + ".";
        }
        if (preview.refund().isZero()) {
            return "You will get nothing back of " + paid + " under the policy you booked with ("
                    + preview.policyName() + ").";
        }
        return "You will get back " + refund + " of " + paid + " under the policy you booked with ("
                + preview.policyName() + ").";
    }

    /** What the page says once the cancellation is made, before the refund has arrived. */
    public static String done(CancellationPreview preview) {
        if (preview.paid().isEmpty() || preview.refund().isZero()) {
            return "The booking is cancelled.";
        }
        return "The booking is cancelled; " + Formats.money(preview.refund()) + " is being refunded.";
    }
}
