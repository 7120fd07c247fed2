package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.payment.model.CheckoutRequest;
import com.buildappswith.booking.payment.model.CheckoutSession;
import com.buildappswith.booking.payment.model.CheckoutState;
import com.buildappswith.booking.payment.model.PaymentGateway;
import com.buildappswith.booking.payment.model.PaymentProviderException;
import com.buildappswith.booking.payment.model.RefundOutcome;
import com.buildappswith.booking.payment.model.RefundRequest;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stripe Checkout and refunds through stripe-java, whose pinned API version the webhook endpoint must share (README,
 * Payments). Timeouts are short and the library retries a network failure once: the application's callers retry
 * later with the same idempotency key, which returns what the first attempt made rather than making it twice.
 */
public class StripeGateway implements PaymentGateway {

    public static final String PROVIDER = "stripe";
    /** Where checkouts and refunds carry the booking: Stripe shows it on the dashboard and sends it back in events. */
    static final String BOOKING_ID = "booking_id";
    /** The idempotency key a refund was asked under, sent with it so that its events find it before its id is known. */
    static final String REFUND_KEY = "refund_key";

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 20_000;
    private static final int NETWORK_RETRIES = 1;
    /** Keys and webhook secrets, should Stripe ever echo one in a message: they are cut out before it is kept. */
    private static final Pattern SECRET = Pattern.compile("\\b(sk|rk|pk)_(test|live)_\\w+|\\bwhsec_\\w+");

    private final StripeClient stripe;
    private final boolean testKey;

    /**
     * @param secretKey the account's secret (or restricted) key
     * @param apiBase   where requests go: Stripe's own address unless a test points it at a local stub
     */
    public StripeGateway(String secretKey, Optional<String> apiBase) {
        Objects.requireNonNull(secretKey, "A Stripe secret key is required.");
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setApiKey(secretKey)
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setReadTimeout(READ_TIMEOUT_MILLIS)
                .setMaxNetworkRetries(NETWORK_RETRIES);
        apiBase.ifPresent(builder::setApiBase);
        this.stripe = builder.build();
        this.testKey = secretKey.startsWith("sk_test_") || secretKey.startsWith("rk_test_");
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    /** A test key moves no real money, even though the checkout is Stripe's own. */
    @Override
    public boolean isTestMode() {
        return testKey;
    }

    @Override
    public CheckoutSession openCheckout(CheckoutRequest request) {
        String bookingId = Long.toString(request.bookingId());
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                                .setUnitAmount(request.amount().amountMinor())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.itemName())
                                        .build())
                                .build())
                        .build())
                .setClientReferenceId(bookingId)
                .putMetadata(BOOKING_ID, bookingId)
                // The payment carries the booking too, so that its charge and refunds can be traced without the session.
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(BOOKING_ID, bookingId)
                        .build())
                .setCustomerEmail(request.customerEmail())
                .setSuccessUrl(request.successUrl().toString())
                .setCancelUrl(request.cancelUrl().toString())
                .setExpiresAt(request.expiresAt().getEpochSecond())
                .build();
        Session session = call("opening a checkout", () -> stripe.v1().checkout().sessions()
                .create(params, idempotent(request.idempotencyKey())));
        if (session.getUrl() == null || session.getExpiresAt() == null) {
            throw new PaymentProviderException("Stripe opened checkout " + session.getId()
                    + " without a payment page or an expiry", false, null);
        }
        return new CheckoutSession(session.getId(), URI.create(session.getUrl()),
                Instant.ofEpochSecond(session.getExpiresAt()));
    }

    @Override
    public CheckoutState checkout(String checkoutSessionId) {
        return stateOf(call("reading checkout " + checkoutSessionId,
                () -> stripe.v1().checkout().sessions().retrieve(checkoutSessionId)));
    }

    /**
     * Stripe refuses to expire a checkout that is no longer open (completed or expired already); that refusal is
     * the answer "it is closed", so the checkout's state is read and returned instead.
     */
    @Override
    public CheckoutState expireCheckout(String checkoutSessionId) {
        try {
            return stateOf(stripe.v1().checkout().sessions().expire(checkoutSessionId));
        } catch (InvalidRequestException refused) {
            CheckoutState state = checkout(checkoutSessionId);
            if (state.status() == CheckoutState.Status.OPEN) {
                throw failure("expiring checkout " + checkoutSessionId, refused);
            }
            return state;
        } catch (StripeException e) {
            throw failure("expiring checkout " + checkoutSessionId, e);
        }
    }

    @Override
    public RefundOutcome refund(RefundRequest request) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(request.paymentIntentId())
                .setAmount(request.amount().amountMinor())
                .putMetadata("reason", request.reason())
                .putMetadata(BOOKING_ID, Long.toString(request.bookingId()))
                .putMetadata(REFUND_KEY, request.idempotencyKey())
                .build();
        Refund refund = call("refunding " + request.amount() + " of " + request.paymentIntentId(),
                () -> stripe.v1().refunds().create(params, idempotent(request.idempotencyKey())));
        return outcomeOf(refund);
    }

    /** Stripe's refund states in the application's words; "requires_action" waits on the customer, so it is pending. */
    static RefundOutcome outcomeOf(Refund refund) {
        RefundOutcome.Status status = switch (String.valueOf(refund.getStatus())) {
            case "succeeded" -> RefundOutcome.Status.SUCCEEDED;
            case "failed" -> RefundOutcome.Status.FAILED;
            case "canceled" -> RefundOutcome.Status.CANCELED;
            default -> RefundOutcome.Status.PENDING;
        };
        return new RefundOutcome(refund.getId(), status, Optional.ofNullable(refund.getFailureReason()),
                Optional.ofNullable(refund.getMetadata()).map(metadata -> metadata.get(REFUND_KEY)));
    }

    static CheckoutState stateOf(Session session) {
        CheckoutState.Status status = switch (String.valueOf(session.getStatus())) {
            case "complete" -> CheckoutState.Status.COMPLETE;
            case "expired" -> CheckoutState.Status.EXPIRED;
            default -> CheckoutState.Status.OPEN;
        };
        return new CheckoutState(session.getId(), status, isPaid(session.getPaymentStatus()),
                Optional.ofNullable(session.getPaymentIntent()));
    }

    /** A checkout that needs no payment (a 100% discount) counts as paid: nothing more will arrive for it. */
    static boolean isPaid(String paymentStatus) {
        return "paid".equals(paymentStatus) || "no_payment_required".equals(paymentStatus);
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private interface StripeCall<T> {
        T call() throws StripeException;
    }

    private static <T> T call(String what, StripeCall<T> call) {
        try {
            return call.call();
        } catch (StripeException e) {
            throw failure(what, e);
        }
    }

    /**
     * Temporary: Stripe could not be reached, asked us to slow down, was busy with the same key (409), or failed
     * itself; trying again with the same idempotency key may succeed. Anything else (a refused request, card or key)
     * fails the same way again. The cause is left out: its message and fields are Stripe's and could quote the key.
     */
    static PaymentProviderException failure(String what, StripeException e) {
        Integer status = e.getStatusCode();
        boolean temporary = e instanceof ApiConnectionException || e instanceof RateLimitException
                || (e instanceof ApiException && status == null)
                || (status != null && (status >= 500 || status == 409));
        String reason = e instanceof AuthenticationException
                ? "Stripe refused the secret key (BOOKING_STRIPE_SECRET_KEY)"
                : redact(String.valueOf(e.getMessage()));
        return new PaymentProviderException("Stripe failed " + what + " (" + e.getClass().getSimpleName()
                + (status == null ? "" : ", HTTP " + status) + "): " + reason, temporary, null);
    }

    static String redact(String message) {
        return SECRET.matcher(message).replaceAll("[redacted]");
    }
}
