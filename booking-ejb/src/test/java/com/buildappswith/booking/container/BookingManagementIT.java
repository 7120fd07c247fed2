package com.buildappswith.booking.container;

import com.buildappswith.booking.payment.application.CheckoutStart;
import com.buildappswith.booking.payment.application.PaymentView;
import com.buildappswith.booking.payment.application.Payments;
import com.buildappswith.booking.payment.application.TestCheckout;
import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.scheduling.application.BookingDetails;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.BookingNotFoundException;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.ClientBookings;
import com.buildappswith.booking.scheduling.application.ManagedBookingView;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.shared.Money;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Managing a paid booking on Payara Micro with scheduling, profile, policy and payment, in the offline test mode:
 * the facade's transaction with the payment domain's methods that join it, the refund asked of the provider once
 * the cancellation committed, moving to another slot, and a stranger who finds no booking.
 */
@ExtendWith(ArquillianExtension.class)
class BookingManagementIT {

    private static final ZoneId KOLKATA = NewClients.KOLKATA;
    private static final Money PRICE = NewClients.PRICE;

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("booking-management-it", "scheduling", "profile", "policy", "payment")
                .addClasses(NewClients.CLASSES)
                .addClasses(BookingManagementIT.class);
    }

    @Inject
    private BookingManagement management;

    @Inject
    private Payments payments;

    @Inject
    private TestCheckout testCheckout;

    @Inject
    private NewClients clients;

    @Test
    void aPaidBookingMovesAndIsCancelledWithItsRefundPaidOutAfterTheCommit() throws Exception {
        BookingView booking = paidBookingOfANewClient();
        ManagedBookingView paid = management.details(booking.id()).booking();
        assertThat(paid.status()).isEqualTo(BookingStatus.CONFIRMED);
        LocalDate day = booking.start().atZone(ZoneOffset.UTC).toLocalDate();

        SlotView later = management.rescheduleSlots(booking.id(), day, day.plusDays(1), KOLKATA).stream()
                .filter(slot -> slot.start().isAfter(booking.start()))
                .findFirst()
                .orElseThrow();
        ManagedBookingView moved = management.reschedule(booking.id(), later.start());
        assertThat(moved.start()).isEqualTo(later.start());
        assertThat(moved.rescheduleCount()).isEqualTo(1);

        assertThat(management.previewCancellation(booking.id(), Canceller.CLIENT).refund()).isEqualTo(PRICE);
        ManagedBookingView cancelled = management.cancel(booking.id(), Canceller.CLIENT, "changed my plans",
                OptionalLong.of(PRICE.amountMinor()));
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED_BY_CLIENT);

        PaymentView payment = payments.ofBooking(booking.id()).orElseThrow();
        assertThat(payment.refunded()).as("asked of the provider after the commit").isEqualTo(PRICE);
        assertThat(payment.refundPending()).isFalse();
        BookingDetails details = management.details(booking.id());
        assertThat(details.timeline()).extracting(entry -> entry.to()).containsExactly(BookingStatus.HELD,
                BookingStatus.CONFIRMED, BookingStatus.CONFIRMED, BookingStatus.CANCELLED_BY_CLIENT);
        ClientBookings mine = management.myBookings();
        assertThat(mine.past()).extracting(ManagedBookingView::id).containsExactly(booking.id());
    }

    @Test
    void aStrangerFindsNoBookingAndChangesNothing() throws Exception {
        BookingView booking = paidBookingOfANewClient();

        clients.signInNewClient();
        assertThatThrownBy(() -> management.details(booking.id())).isInstanceOf(BookingNotFoundException.class);
        assertThatThrownBy(() -> management.cancel(booking.id(), Canceller.CLIENT, "", OptionalLong.empty()))
                .isInstanceOf(BookingNotFoundException.class);
        assertThatThrownBy(() -> management.reschedule(booking.id(), booking.start().plus(Duration.ofHours(1))))
                .isInstanceOf(BookingNotFoundException.class);
        assertThatThrownBy(() -> management.previewCancellation(booking.id(), Canceller.ADMIN))
                .isInstanceOf(BookingNotFoundException.class);
        assertThat(management.myBookings().upcoming()).isEmpty();
    }

    @Test
    void anonymousCallerManagesNothing() {
        assertThatThrownBy(() -> management.myBookings()).satisfies(Refused::byRole);
    }

    /** A new client, signed in, with a paid booking of a new builder's session three to ten days ahead. */
    private BookingView paidBookingOfANewClient() throws Exception {
        BookingView booking = clients.heldByNewClient("Managed builder", 3);
        CheckoutStart checkout = payments.startCheckout(booking.id());
        testCheckout.pay(checkout.checkoutSessionId());
        payments.confirmReturn(booking.id());
        return booking;
    }
}
