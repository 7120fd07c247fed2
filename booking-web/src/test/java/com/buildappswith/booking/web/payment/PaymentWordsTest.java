package com.buildappswith.booking.web.payment;

import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.RefundProgress;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Currency;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentWordsTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void aPaymentReadsAsItsStatusAndAmount() {
        assertThat(PaymentWords.summary(payment(PaymentStatus.PAID, 0, RefundProgress.NONE))).isEqualTo("Paid USD 150.00");
        assertThat(PaymentWords.summary(payment(PaymentStatus.OPEN, 0, RefundProgress.NONE))).isEqualTo("Not paid yet USD 150.00");
    }

    @Test
    void whatWasGivenBackIsSaidAfterTheAmount() {
        assertThat(PaymentWords.summary(payment(PaymentStatus.PAID, 15000, RefundProgress.NONE)))
                .isEqualTo("Paid USD 150.00, USD 150.00 refunded");
        assertThat(PaymentWords.summary(payment(PaymentStatus.PAID, 5000, RefundProgress.PENDING)))
                .isEqualTo("Paid USD 150.00, USD 50.00 refunded, refund pending");
    }

    @Test
    void aRefundTheProviderFailedSaysItIsRetriedOrThatTheTeamWasAlerted() {
        assertThat(PaymentWords.refundNotice(payment(PaymentStatus.PAID, 0, RefundProgress.NONE))).isEmpty();
        assertThat(PaymentWords.refundNotice(payment(PaymentStatus.PAID, 0, RefundProgress.PENDING)))
                .isEqualTo("Refund pending");
        assertThat(PaymentWords.refundNotice(payment(PaymentStatus.PAID, 0, RefundProgress.RETRYING)))
                .isEqualTo("Refund pending (retrying)");
        assertThat(PaymentWords.refundNotice(payment(PaymentStatus.PAID, 0, RefundProgress.NEEDS_ATTENTION)))
                .isEqualTo("Refund failed — our team was alerted");
        assertThat(PaymentWords.summary(payment(PaymentStatus.PAID, 0, RefundProgress.NEEDS_ATTENTION)))
                .isEqualTo("Paid USD 150.00, refund failed (needs attention)");
    }

    @ParameterizedTest
    @EnumSource(PaymentStatus.class)
    void everyStatusHasWordsOfItsOwnRatherThanItsConstant(PaymentStatus status) {
        assertThat(PaymentWords.status(status)).isNotBlank().doesNotContain("_").isNotEqualTo(status.name());
    }

    private static PaymentView payment(PaymentStatus status, long refundedMinor, RefundProgress refunds) {
        return new PaymentView(7, "test", true, status, new Money(15000, USD), new Money(refundedMinor, USD),
                refunds, Optional.empty());
    }
}
