package com.buildappswith.booking.container;

import com.buildappswith.booking.container.NewBuilders.NewSession;
import com.buildappswith.booking.scheduling.application.BookingRefusedException;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Booking a slot through the booking wizard as a signed-in client, on Payara Micro with scheduling and profile: the
 * transaction, its refusals and its role check. Each test imports a builder of its own and registers its own clients.
 */
@ExtendWith(ArquillianExtension.class)
class BookingWizardIT {

    private static final ZoneId KOLKATA = NewClients.KOLKATA;

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("booking-wizard-it", "scheduling", "profile", "policy")
                .addClasses(NewClients.CLASSES)
                .addClasses(BookingWizardIT.class);
    }

    @Inject
    private BookingWizard bookings;

    @Inject
    private NewBuilders newBuilders;

    @Inject
    private NewClients clients;

    @Test
    void freeSessionIsConfirmedAtOnceAndItsSlotIsNoLongerOffered() throws Exception {
        NewSession session = freeSessionOfANewBuilder();
        SlotView slot = firstFreeSlot(session);
        clients.signInNewClient();

        BookingView booking = bookings.bookSlot(new BookingRequest(session.type(), slot.start(), KOLKATA, "Code review", ""));

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.start()).isEqualTo(slot.start());
        assertThat(booking.end()).isEqualTo(slot.start().plus(Duration.ofMinutes(30)));
        assertThat(booking.clientStart().getZone()).isEqualTo(KOLKATA);
        assertThat(booking.holdExpiresAt()).isEmpty();
        assertThat(bookings.mine(booking.id())).contains(booking);
        assertThat(freeSlots(session)).extracting(SlotView::start).doesNotContain(slot.start());
    }

    @Test
    void secondClientAskingForTheSameSlotIsRefusedAsAConflict() throws Exception {
        NewSession session = freeSessionOfANewBuilder();
        Instant start = firstFreeSlot(session).start();
        clients.signInNewClient();
        bookings.bookSlot(new BookingRequest(session.type(), start, KOLKATA, "First", ""));

        clients.signInNewClient();

        assertThatThrownBy(() -> bookings.bookSlot(new BookingRequest(session.type(), start, KOLKATA, "Second", "")))
                .isInstanceOfSatisfying(BookingRefusedException.class,
                        refusal -> assertThat(refusal.isConflict()).isTrue());
        assertThat(bookings.mineBetween(start, start.plusSeconds(1))).isEmpty();
    }

    @Test
    void anonymousCallerCannotBook() {
        NewSession session = freeSessionOfANewBuilder();
        Instant start = firstFreeSlot(session).start();

        assertThatThrownBy(() -> bookings.bookSlot(new BookingRequest(session.type(), start, KOLKATA, "Anonymous", "")))
                .satisfies(Refused::byRole);
        assertThat(freeSlots(session)).extracting(SlotView::start).contains(start);
    }

    /** A newly imported builder working 09:00-17:00 UTC every day, with their free 30-minute session. */
    private NewSession freeSessionOfANewBuilder() {
        return newBuilders.offering("Booking builder", new OfferedSession("Call", "A short call",
                Duration.ofMinutes(30), Optional.empty()));
    }

    private SlotView firstFreeSlot(NewSession session) {
        return freeSlots(session).get(0);
    }

    private List<SlotView> freeSlots(NewSession session) {
        return clients.freeSlots(session, 0);
    }
}
