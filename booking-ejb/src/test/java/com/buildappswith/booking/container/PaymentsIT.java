package com.buildappswith.booking.container;

import com.buildappswith.booking.payment.application.CheckoutStart;
import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.payment.application.TestCheckout;
import com.buildappswith.booking.payment.application.TestCheckoutView;
import com.buildappswith.booking.payment.model.PaymentStatus;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Money;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Paying for a booking in the offline test mode, on Payara Micro with scheduling, profile and payment: the facade's
 * container transactions (the provider called between them), its role checks, and the test checkout feeding the
 * real event handling. Each test imports a builder of its own and registers its own clients.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

    private static final Money PRICE = NewClients.PRICE;

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("payments-it", "scheduling", "profile", "policy", "payment")
                .addClasses(NewClients.CLASSES)
                .addClasses(PaymentsIT.class);
    }

    @Inject
    private Payments payments;

    @Inject
    private TestCheckout testCheckout;

    @Inject
    private BookingWizard bookings;

    @Inject
    private NewClients clients;

    @Test
    void payingOnTheTestCheckoutConfirmsTheBooking() throws Exception {
        BookingView booking = heldBookingOfANewClient();

        CheckoutStart checkout = payments.startCheckout(booking.id());
        assertThat(checkout.testMode()).isTrue();
        assertThat(checkout.checkoutUrl().getPath()).isEqualTo("/payments/test-checkout");
        TestCheckoutView page = testCheckout.view(checkout.checkoutSessionId());
        assertThat(page.amount()).isEqualTo(PRICE);
        assertThat(page.itemName()).isEqualTo("Review with " + booking.builderName());
        assertThat(page.payable()).isTrue();

        URI next = testCheckout.pay(checkout.checkoutSessionId());

        assertThat(next.getPath()).isEqualTo("/booking/" + booking.builderId() + "/success");
        PaymentView paid = payments.confirmReturn(booking.id());
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.amount()).isEqualTo(PRICE);
        assertThat(bookings.mine(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bookings.history(booking.id()).orElseThrow()).extracting(entry -> entry.to())
                .containsExactly(BookingStatus.HELD, BookingStatus.CONFIRMED);
    }

    @Test
    void abandoningTheCheckoutReleasesTheSlotAtOnce() throws Exception {
        BookingView booking = heldBookingOfANewClient();
        CheckoutStart checkout = payments.startCheckout(booking.id());

        assertThat(testCheckout.decline(checkout.checkoutSessionId())).isEqualTo(TestCheckout.DECLINED);
        assertThat(payments.ofBooking(booking.id()).orElseThrow().status()).isEqualTo(PaymentStatus.OPEN);
        URI cancel = testCheckout.abandon(checkout.checkoutSessionId());
        assertThat(cancel.getQuery()).isEqualTo("booking=" + booking.id());
        payments.releaseHold(booking.id());

        assertThat(bookings.mine(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(payments.ofBooking(booking.id()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(testCheckout.view(checkout.checkoutSessionId()).payable()).isFalse();
    }

    @Test
    void onlyTheClientOpensTheCheckoutAndNobodyElseSeesThePayment() throws Exception {
        BookingView booking = heldBookingOfANewClient();

        clients.signInNewClient();
        assertThatThrownBy(() -> payments.startCheckout(booking.id()))
                .hasMessage("You have no booking " + booking.id() + ".");
        assertThat(payments.ofBooking(booking.id())).isEmpty();
    }

    @Test
    void anonymousCallerOpensNoCheckout() {
        assertThatThrownBy(() -> payments.startCheckout(1)).satisfies(Refused::byRole);
    }

    /** A new client, signed in, holding the first free slot of a new builder's paid session. */
    private BookingView heldBookingOfANewClient() throws Exception {
        BookingView booking = clients.heldByNewClient("Paid builder", 0);
        assertThat(booking.status()).isEqualTo(BookingStatus.HELD);
        return booking;
    }
}
