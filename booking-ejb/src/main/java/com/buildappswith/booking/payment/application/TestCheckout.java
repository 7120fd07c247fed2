package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.infrastructure.TestModeEvents;
import com.buildappswith.booking.payment.model.CheckoutLinks;
import com.buildappswith.booking.payment.model.Payment;
import com.buildappswith.booking.payment.model.PaymentGateway;
import com.buildappswith.booking.payment.model.PaymentRepository;
import com.buildappswith.booking.payment.model.TestMode;
import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.scheduling.application.BookingSettlement;
import com.buildappswith.booking.scheduling.application.PayableBooking;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.shared.ProblemType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The test mode's checkout, in place of the provider's hosted page: whoever holds a checkout's id may look at it
 * and pay, as on Stripe. Paying produces the event Stripe's {@code checkout.session.completed} (paid) would, in
 * Stripe's JSON, read as a Stripe delivery is ({@link TestModeEvents}), and hands it to {@link Payments#receive}, so
 * the test mode runs the real lifecycle. Exists
 * only in test mode: with a real provider every checkout here is "not found".
 */
@Stateless
@PermitAll
public class TestCheckout {

    /** What a declined card tells the client; nothing changes, and the hold lapses by the usual rule. */
    public static final String DECLINED = "Your card was declined. Nothing was charged: try again, or abandon the "
            + "checkout to let the slot go.";

    @Inject
    private PaymentGateway gateway;

    @Inject
    private Payments payments;

    @Inject
    private PaymentRepository paymentRows;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ScheduleOwnerRepository owners;

    @Inject
    private BookingRepository bookings;

    @Inject
    private CheckoutLinks links;

    @Inject
    private Clock clock;

    /**
     * The checkout page's content.
     *
     * @throws PaymentRefusedException (not found) when there is no such test-mode checkout
     */
    public TestCheckoutView view(String checkoutSessionId) {
        Payment payment = testModePayment(checkoutSessionId);
        PayableBooking booking = new BookingSettlement(accounts, owners, bookings, clock)
                .payable(payment.bookingId()).orElseThrow(() -> noCheckout(checkoutSessionId));
        Instant expiresAt = payment.checkoutExpiresAt().orElseThrow();
        Instant now = clock.instant();
        return new TestCheckoutView(checkoutSessionId, payment.bookingId(), booking.builderId(), booking.itemName(),
                payment.amount(), payment.status(), payment.openCheckoutAt(now).isPresent(), expiresAt,
                booking.isHeldAt(now), booking.holdExpiresAt().orElse(expiresAt), booking.clientTimezone(),
                links.success(booking.builderId(), payment.bookingId()), links.cancel(payment.bookingId()));
    }

    /**
     * Pays the checkout, as a card that works would, and returns where the client goes next (the success page).
     * This bean's transaction only reads; {@link Payments} runs the event in transactions of its own.
     *
     * @throws PaymentRefusedException when there is no such checkout, or it can no longer be paid
     */
    public URI pay(String checkoutSessionId) {
        TestCheckoutView checkout = view(checkoutSessionId);
        if (!checkout.payable()) {
            throw new PaymentRefusedException(ProblemType.CONFLICT,
                    "This checkout is no longer open (" + checkout.status() + "): nothing was charged.");
        }
        payments.receive(TestModeEvents.checkoutPaid(checkoutSessionId, checkout.bookingId(), checkout.amount(),
                clock.instant()));
        return checkout.successUrl();
    }

    /** A declined card: nothing changes; the answer says so. */
    public String decline(String checkoutSessionId) {
        view(checkoutSessionId);
        return DECLINED;
    }

    /** Abandoning the checkout leads to its cancel address, which releases the hold. */
    public URI abandon(String checkoutSessionId) {
        return view(checkoutSessionId).cancelUrl();
    }

    private Payment testModePayment(String checkoutSessionId) {
        if (!gateway.isTestMode() || checkoutSessionId == null) {
            throw noCheckout(checkoutSessionId);
        }
        return paymentRows.byCheckoutSession(checkoutSessionId)
                .filter(payment -> TestMode.PROVIDER.equals(payment.provider()))
                .orElseThrow(() -> noCheckout(checkoutSessionId));
    }

    private static PaymentRefusedException noCheckout(String checkoutSessionId) {
        return new PaymentRefusedException(ProblemType.NOT_FOUND, "There is no test checkout "
                + Optional.ofNullable(checkoutSessionId).orElse("") + ".");
    }
}
