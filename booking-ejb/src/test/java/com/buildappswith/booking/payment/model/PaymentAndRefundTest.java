package com.buildappswith.booking.payment.model;

import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentAndRefundTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final CheckoutSession SESSION = new CheckoutSession("cs_1", URI.create("https://pay.example/cs_1"),
            NOW.plus(Duration.ofMinutes(35)));

    @Test
    void aPaymentShowsItsCheckoutOnlyWhileOpenAndNotRunOut() {
        Payment payment = new Payment(7, "test", new Money(15000, EUR), NOW);
        assertThat(payment.openCheckoutAt(NOW)).isEmpty();
        payment.checkoutOpened(SESSION, NOW);
        assertThat(payment.openCheckoutAt(NOW)).contains(SESSION.url());
        assertThat(payment.openCheckoutAt(SESSION.expiresAt())).isEmpty();
        payment.receive(PaymentSignal.PAID, Optional.of("pi_1"), NOW);
        assertThat(payment.openCheckoutAt(NOW)).isEmpty();
        assertThat(payment.paymentIntentId()).contains("pi_1");
    }

    @Test
    void theSameCheckoutMayBeStoredTwiceButNotAnother() {
        Payment payment = new Payment(7, "test", new Money(15000, EUR), NOW);
        payment.checkoutOpened(SESSION, NOW);
        payment.checkoutOpened(SESSION, NOW);
        assertThatThrownBy(() -> payment.checkoutOpened(new CheckoutSession("cs_2", SESSION.url(), SESSION.expiresAt()),
                NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFreeBookingHasNoPayment() {
        assertThatThrownBy(() -> new Payment(7, "test", new Money(0, EUR), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refundsNeverExceedWhatWasPaid() {
        Payment payment = new Payment(7, "test", new Money(15000, EUR), NOW);
        payment.refunded(new Money(10000, EUR), NOW);
        assertThatThrownBy(() -> new Refund(payment, new Money(5001, EUR), "too much", "k", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> payment.refunded(new Money(5001, EUR), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Refund(payment, new Money(5000, EUR), "the rest", "k", NOW).amount())
                .isEqualTo(new Money(5000, EUR));
    }

    @Test
    void aFailedRequestStaysPendingAndIsRetriedLaterEachTime() {
        Refund refund = new Refund(new Payment(7, "test", new Money(15000, EUR), NOW), new Money(15000, EUR),
                "paid after the hold expired", "booking-7-late-payment", NOW);
        assertThat(refund.isDueAt(NOW)).isTrue();
        refund.attemptFailed("unreachable", NOW);
        assertThat(refund.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(refund.isPending()).isTrue();
        assertThat(refund.isDueAt(NOW.plusSeconds(59))).isFalse();
        assertThat(refund.isDueAt(NOW.plusSeconds(60))).isTrue();
        refund.attemptFailed("unreachable", NOW);
        assertThat(refund.nextAttemptAt()).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(Refund.retryDelay(30)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aClaimedRefundIsNotDueUntilTheClaimRunsOut() {
        Refund refund = new Refund(new Payment(7, "test", new Money(15000, EUR), NOW), new Money(15000, EUR),
                "cancelled by the client", "booking-7-cancellation", NOW);
        refund.claim(NOW);
        assertThat(refund.isDueAt(NOW)).isFalse();
        assertThat(refund.isDueAt(NOW.plus(Refund.CLAIM).minusSeconds(1))).isFalse();
        assertThat(refund.isDueAt(NOW.plus(Refund.CLAIM))).isTrue();
    }

    @Test
    void aFailureThatArrivesAfterTheProviderTookTheRefundChangesNothing() {
        Refund refund = new Refund(new Payment(7, "test", new Money(15000, EUR), NOW), new Money(15000, EUR),
                "cancelled by the client", "booking-7-cancellation", NOW);
        assertThat(refund.answered(new RefundOutcome("re_1", RefundOutcome.Status.SUCCEEDED, Optional.empty()), NOW))
                .isEqualTo(Refund.Answer.SUCCEEDED);
        refund.attemptFailed("409: a request with this idempotency key is in progress", NOW);
        assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refund.attempts()).isZero();
        assertThat(refund.lastError()).isEmpty();
        assertThat(refund.answered(new RefundOutcome("re_1", RefundOutcome.Status.SUCCEEDED, Optional.empty()), NOW))
                .as("counted once").isEqualTo(Refund.Answer.NO_CHANGE);
    }

    @Test
    void aSucceededRefundCountsOnceWhateverArrivesAfter() {
        Refund refund = new Refund(new Payment(7, "test", new Money(15000, EUR), NOW), new Money(15000, EUR),
                "paid after the hold expired", "booking-7-late-payment", NOW);
        assertThat(refund.answered(new RefundOutcome("re_1", RefundOutcome.Status.PENDING, Optional.empty()), NOW))
                .isEqualTo(Refund.Answer.NO_CHANGE);
        assertThat(refund.isDueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThat(refund.answered(new RefundOutcome("re_1", RefundOutcome.Status.SUCCEEDED, Optional.empty()), NOW))
                .isEqualTo(Refund.Answer.SUCCEEDED);
        assertThat(refund.answered(new RefundOutcome("re_1", RefundOutcome.Status.SUCCEEDED, Optional.empty()), NOW))
                .isEqualTo(Refund.Answer.NO_CHANGE);
        assertThat(refund.answered(new RefundOutcome("re_1", RefundOutcome.Status.FAILED, Optional.of("late")), NOW))
                .isEqualTo(Refund.Answer.NO_CHANGE);
        assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refund.progress()).isEqualTo(RefundProgress.NONE);
        assertThatThrownBy(() -> refund.answered(new RefundOutcome("re_2", RefundOutcome.Status.SUCCEEDED,
                Optional.empty()), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefundTheProviderFailedIsAskedForUnderANewKeyUntilItFailedTooOften() {
        Refund refund = new Refund(new Payment(7, "test", new Money(15000, EUR), NOW), new Money(5000, EUR),
                "cancelled by the client", "booking-7-cancellation", NOW);
        assertThat(refund.providerKey()).isEqualTo("booking-7-cancellation");
        assertThat(refund.progress()).isEqualTo(RefundProgress.PENDING);

        assertThat(refund.answered(new RefundOutcome("re_1", RefundOutcome.Status.FAILED,
                Optional.of("expired_or_canceled_card")), NOW)).isEqualTo(Refund.Answer.RETRYING);
        assertThat(refund.providerKey()).isEqualTo("booking-7-cancellation-retry-1");
        assertThat(refund.providerRefundId()).isEmpty();
        assertThat(refund.progress()).isEqualTo(RefundProgress.RETRYING);
        assertThat(refund.isDueAt(NOW.plus(Duration.ofHours(1)).minusSeconds(1))).isFalse();
        assertThat(refund.isDueAt(NOW.plus(Duration.ofHours(1)))).isTrue();

        Instant later = NOW.plus(Duration.ofHours(1));
        assertThat(refund.answered(new RefundOutcome("re_2", RefundOutcome.Status.CANCELED, Optional.empty()), later))
                .isEqualTo(Refund.Answer.RETRYING);
        assertThat(refund.providerKey()).isEqualTo("booking-7-cancellation-retry-2");
        assertThat(refund.nextAttemptAt()).contains(later.plus(Duration.ofHours(2)));

        assertThat(refund.answered(new RefundOutcome("re_3", RefundOutcome.Status.FAILED,
                Optional.of("lost_or_stolen_card")),
                later)).isEqualTo(Refund.Answer.FAILED);
        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(refund.progress()).isEqualTo(RefundProgress.NEEDS_ATTENTION);
        assertThat(refund.lastError())
                .hasValueSatisfying(error -> assertThat(error).contains("re_3", "lost_or_stolen_card"));
        assertThat(refund.isDueAt(later.plus(Duration.ofDays(30)))).isFalse();
        assertThat(refund.answered(new RefundOutcome("re_3", RefundOutcome.Status.FAILED, Optional.empty()), later))
                .as("told once").isEqualTo(Refund.Answer.NO_CHANGE);
    }

    @Test
    void aPaymentWithSeveralRefundsShowsTheWorstOfThem() {
        assertThat(RefundProgress.NONE.worse(RefundProgress.PENDING)).isEqualTo(RefundProgress.PENDING);
        assertThat(RefundProgress.RETRYING.worse(RefundProgress.PENDING)).isEqualTo(RefundProgress.RETRYING);
        assertThat(RefundProgress.PENDING.worse(RefundProgress.NEEDS_ATTENTION))
                .isEqualTo(RefundProgress.NEEDS_ATTENTION);
        assertThat(RefundProgress.of(RefundStatus.PENDING, 1, 0)).as("a provider that could not be reached")
                .isEqualTo(RefundProgress.RETRYING);
    }

    @Test
    void checkoutLinksLieUnderThePublicAddress() {
        CheckoutLinks links = new CheckoutLinks(URI.create("https://booking.example.com/"));
        assertThat(links.success(3, 7)).isEqualTo(URI.create("https://booking.example.com/booking/3/success?booking=7"));
        assertThat(links.cancel(7)).isEqualTo(URI.create("https://booking.example.com/payments/cancelled?booking=7"));
        assertThat(links.testCheckout("cs_test_mode_ab"))
                .isEqualTo(URI.create("https://booking.example.com/payments/test-checkout?session=cs_test_mode_ab"));
        assertThatThrownBy(() -> new CheckoutLinks(URI.create("ftp://booking.example.com")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
