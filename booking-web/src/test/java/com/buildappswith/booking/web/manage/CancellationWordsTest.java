package com.buildappswith.booking.web.manage;

import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.scheduling.application.CancellationPreview;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CancellationWordsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void aClientIsToldWhatTheyGetBackOfWhatTheyPaidUnderTheirPolicy() {
        CancellationPreview half = preview(Canceller.CLIENT, Optional.empty(), 6000L, 3000, 50);

        assertThat(CancellationWords.preview(half))
                .isEqualTo("You will get back EUR 30.00 of EUR 60.00 under the policy you booked with (Standard).");
        assertThat(CancellationWords.done(half)).isEqualTo("The booking is cancelled; EUR 30.00 is being refunded.");
    }

    @Test
    void aClientPastTheLastRefundIsToldTheyGetNothingBack() {
        CancellationPreview nothing = preview(Canceller.CLIENT, Optional.empty(), 6000L, 0, 0);

        assertThat(CancellationWords.preview(nothing))
                .isEqualTo("You will get nothing back of EUR 60.00 under the policy you booked with (Standard).");
        assertThat(CancellationWords.done(nothing)).isEqualTo("The booking is cancelled.");
    }

    @Test
    void aBuilderIsToldTheClientGetsEverythingBack() {
        assertThat(CancellationWords.preview(preview(Canceller.BUILDER, Optional.empty(), 6000L, 6000, 100)))
                .isEqualTo("The client gets back everything they paid: EUR 60.00.");
    }

    @Test
    void aFreeSessionHasNothingToRefund() {
        assertThat(CancellationWords.preview(preview(Canceller.CLIENT, Optional.empty(), null, 0, 100)))
                .isEqualTo("Nothing has been paid for this session, so there is nothing to refund.");
    }

    @Test
    void aRefusalIsSaidInsteadOfAnAmount() {
        CancellationPreview refused = preview(Canceller.CLIENT, Optional.of("The session has already started."),
                6000L, 0, 0);

        assertThat(CancellationWords.preview(refused)).isEqualTo("The session has already started.");
    }

    private static CancellationPreview preview(Canceller canceller, Optional<String> refusal, Long paidMinor,
                                               long refundMinor, int percent) {
        return new CancellationPreview(7, canceller, refusal,
                Optional.ofNullable(paidMinor).map(minor -> new Money(minor, EUR)), new Money(refundMinor, EUR),
                percent, "Standard", canceller != Canceller.CLIENT);
    }
}
