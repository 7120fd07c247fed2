package com.buildappswith.booking.payment.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatePaymentTest {

    @Test
    void aLiveHoldIsConfirmedWithoutLookingAtTheSeat() {
        assertThat(LatePayment.Standing.HOLD_LIVE.needsSeatCheck()).isFalse();
        assertThat(LatePayment.decide(LatePayment.Standing.HOLD_LIVE, false)).isEqualTo(LatePayment.CONFIRM);
    }

    @Test
    void aLapsedHoldIsConfirmedOnlyWhileItsSeatIsFree() {
        assertThat(LatePayment.Standing.HOLD_LAPSED.needsSeatCheck()).isTrue();
        assertThat(LatePayment.decide(LatePayment.Standing.HOLD_LAPSED, true)).isEqualTo(LatePayment.CONFIRM);
        assertThat(LatePayment.decide(LatePayment.Standing.HOLD_LAPSED, false)).isEqualTo(LatePayment.REFUND);
    }

    @Test
    void aConfirmedBookingNeedsNothingAndAClosedOneGivesTheMoneyBack() {
        assertThat(LatePayment.decide(LatePayment.Standing.CONFIRMED, false)).isEqualTo(LatePayment.ALREADY_CONFIRMED);
        assertThat(LatePayment.decide(LatePayment.Standing.CLOSED, true)).isEqualTo(LatePayment.REFUND);
        assertThat(LatePayment.decide(LatePayment.Standing.LET_GO, true)).as("its client let it go")
                .isEqualTo(LatePayment.REFUND);
        assertThat(LatePayment.Standing.LET_GO.needsSeatCheck()).isFalse();
    }
}
