package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.payment.model.CheckoutLinks;
import com.buildappswith.booking.payment.model.CheckoutRequest;
import com.buildappswith.booking.payment.model.CheckoutSession;
import com.buildappswith.booking.payment.model.CheckoutState;
import com.buildappswith.booking.payment.model.Payment;
import com.buildappswith.booking.payment.model.PaymentGateway;
import com.buildappswith.booking.payment.model.PaymentProviderException;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.payment.model.RefundOutcome;
import com.buildappswith.booking.payment.model.RefundRequest;
import com.buildappswith.booking.payment.model.TestMode;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline test mode, used when no Stripe key is configured: it moves no money, and every page that shows its
 * payments says so. Its checkout is a page of the application itself ({@code /payments/test-checkout}), whose
 * buttons produce the same events Stripe would and feed them through the same handling, so test mode runs the real
 * lifecycle. It keeps nothing of its own: how a checkout stands is read from the payment row it belongs to.
 */
public final class TestModeGateway implements PaymentGateway {

    /** How a checkout's payment row reads, by checkout id: the test mode's "provider side". */
    @FunctionalInterface
    public interface PaymentRows {
        Optional<Payment> byCheckoutSession(String checkoutSessionId);
    }

    private final CheckoutLinks links;
    private final PaymentRows rows;
    private final Clock clock;
    private final Map<String, CheckoutSession> openedByKey = new ConcurrentHashMap<>();

    public TestModeGateway(CheckoutLinks links, PaymentRows rows, Clock clock) {
        this.links = Objects.requireNonNull(links, "Checkout links are required.");
        this.rows = Objects.requireNonNull(rows, "The payment rows are required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
    }

    @Override
    public String provider() {
        return TestMode.PROVIDER;
    }

    @Override
    public boolean isTestMode() {
        return true;
    }

    @Override
    public CheckoutSession openCheckout(CheckoutRequest request) {
        return openedByKey.computeIfAbsent(request.idempotencyKey(), key -> {
            String id = TestMode.newId("cs");
            return new CheckoutSession(id, links.testCheckout(id), request.expiresAt());
        });
    }

    @Override
    public CheckoutState checkout(String checkoutSessionId) {
        return stateOf(row(checkoutSessionId));
    }

    /** The application marks the payment EXPIRED before it closes the checkout, so the row already says so. */
    @Override
    public CheckoutState expireCheckout(String checkoutSessionId) {
        Payment payment = row(checkoutSessionId);
        CheckoutState state = stateOf(payment);
        return state.status() == CheckoutState.Status.OPEN
                ? new CheckoutState(checkoutSessionId, CheckoutState.Status.EXPIRED, false, Optional.empty())
                : state;
    }

    @Override
    public RefundOutcome refund(RefundRequest request) {
        return new RefundOutcome(TestMode.newId("re"), RefundOutcome.Status.SUCCEEDED, Optional.empty());
    }

    /** How a checkout stands, as its payment row says: what Stripe would answer for the same history. */
    public CheckoutState stateOf(Payment payment) {
        String id = payment.checkoutSessionId().orElseThrow();
        boolean lapsed = payment.checkoutExpiresAt().map(at -> !clock.instant().isBefore(at)).orElse(false);
        CheckoutState.Status status = switch (payment.status()) {
            case OPEN -> lapsed ? CheckoutState.Status.EXPIRED : CheckoutState.Status.OPEN;
            case AWAITING_PAYMENT, PAID, FAILED -> CheckoutState.Status.COMPLETE;
            case EXPIRED -> CheckoutState.Status.EXPIRED;
        };
        return new CheckoutState(id, status, payment.status() == PaymentStatus.PAID, payment.paymentIntentId());
    }

    private Payment row(String checkoutSessionId) {
        return rows.byCheckoutSession(checkoutSessionId).orElseThrow(() -> new PaymentProviderException(
                "The test mode has no checkout " + checkoutSessionId + ".", false, null));
    }
}
