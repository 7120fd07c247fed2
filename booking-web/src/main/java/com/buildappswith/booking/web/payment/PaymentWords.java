package com.buildappswith.booking.web.payment;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.web.Formats;

/**
 * How a booking's payment reads for people: its status in words rather than as the constant, and one line for
 * places with room for no more, such as an entry on a week calendar ("Paid USD 150.00, USD 150.00 refunded").
 */
public final class PaymentWords {

    private PaymentWords() {
    }

    /** The status as a person reads it: the checkout not yet completed is "Not paid yet", not "Open". */
    public static String status(PaymentStatus status) {
        return switch (status) {
            case OPEN -> "Not paid yet";
            case AWAITING_PAYMENT -> "Waiting for payment confirmation";
            case PAID -> "Paid";
            case FAILED -> "Payment failed";
            case EXPIRED -> "Payment expired";
        };
    }

    /** The status, the amount, and what was given back of it, on one line. */
    public static String summary(PaymentView payment) {
        StringBuilder line = new StringBuilder(status(payment.status())).append(' ')
                .append(Formats.money(payment.amount()));
        if (!payment.refunded().isZero()) {
            line.append(", ").append(Formats.money(payment.refunded())).append(" refunded");
        }
        switch (payment.refunds()) {
            case PENDING -> line.append(", refund pending");
            case RETRYING -> line.append(", refund pending (retrying)");
            case NEEDS_ATTENTION -> line.append(", refund failed (needs attention)");
            case NONE -> { }
        }
        return line.toString();
    }

    /** What the parties are told of the money owed back, beside the payment; empty when nothing is owed. */
    public static String refundNotice(PaymentView payment) {
        return switch (payment.refunds()) {
            case NONE -> "";
            case PENDING -> "Refund pending";
            case RETRYING -> "Refund pending (retrying)";
            case NEEDS_ATTENTION -> "Refund failed — our team was alerted";
        };
    }

    /** Whether the payment may still change without anyone acting on this page: a page showing it updates itself. */
    public static boolean unsettled(PaymentView payment) {
        return payment.status() == PaymentStatus.OPEN || payment.status() == PaymentStatus.AWAITING_PAYMENT;
    }
}
