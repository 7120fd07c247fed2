package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.payment.infrastructure.JpaPaymentRepository;
import com.buildappswith.booking.payment.infrastructure.TestModeGateway;
import com.buildappswith.booking.payment.model.CheckoutLinks;
import com.buildappswith.booking.payment.model.CheckoutRequest;
import com.buildappswith.booking.payment.model.CheckoutSession;
import com.buildappswith.booking.payment.model.CheckoutState;
import com.buildappswith.booking.payment.model.PaymentGateway;
import com.buildappswith.booking.payment.model.RefundOutcome;
import com.buildappswith.booking.payment.model.RefundRequest;
import com.buildappswith.booking.payment.model.RefundSettled;
import com.buildappswith.booking.profile.infrastructure.JpaAccountRepository;
import com.buildappswith.booking.scheduling.application.BookingSettlement;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.scheduling.infrastructure.JpaBookingRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaScheduleOwnerRepository;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

/** The payment process's surroundings in the database tests: its transactions, and the test mode's provider. */
public final class TestPayments {

    private TestPayments() {
    }

    /** Each piece of work in a resource-local transaction of its own on {@code database}, as the server runs them. */
    public static PaymentWork.Transactions transactions(TestDatabase database, Clock clock) {
        return transactions(database, clock, settled -> { });
    }

    /**
     * The same, announcing settled refunds to {@code refundsSettled} inside the transaction that settles them, as
     * the server's CDI event does.
     */
    public static PaymentWork.Transactions transactions(TestDatabase database, Clock clock,
                                                        Consumer<RefundSettled> refundsSettled) {
        return new PaymentWork.Transactions() {
            @Override
            public <T> T inTransaction(Function<PaymentWork, T> work) {
                return database.inTransaction(entityManager -> work.apply(new PaymentWork(
                        new JpaPaymentRepository(entityManager),
                        new BookingSettlement(new JpaAccountRepository(entityManager),
                                new JpaScheduleOwnerRepository(entityManager),
                                new JpaBookingRepository(entityManager, change -> { }), clock),
                        refundsSettled)));
            }
        };
    }

    /** The offline test mode's provider, reading its checkouts from {@code database}. */
    public static TestModeGateway testMode(TestDatabase database, CheckoutLinks links, Clock clock) {
        return new TestModeGateway(links, checkout -> database.inTransaction(entityManager ->
                new JpaPaymentRepository(entityManager).byCheckoutSession(checkout)), clock);
    }

    /** A provider that hands every call to another: tests override the calls where something is to happen. */
    public abstract static class ForwardingGateway implements PaymentGateway {

        private final PaymentGateway provider;

        protected ForwardingGateway(PaymentGateway provider) {
            this.provider = provider;
        }

        @Override
        public String provider() {
            return provider.provider();
        }

        @Override
        public boolean isTestMode() {
            return provider.isTestMode();
        }

        @Override
        public CheckoutSession openCheckout(CheckoutRequest request) {
            return provider.openCheckout(request);
        }

        @Override
        public CheckoutState checkout(String checkoutSessionId) {
            return provider.checkout(checkoutSessionId);
        }

        @Override
        public CheckoutState expireCheckout(String checkoutSessionId) {
            return provider.expireCheckout(checkoutSessionId);
        }

        @Override
        public RefundOutcome refund(RefundRequest request) {
            return provider.refund(request);
        }
    }
}
