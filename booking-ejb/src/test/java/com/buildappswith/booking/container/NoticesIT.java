package com.buildappswith.booking.container;

import com.buildappswith.booking.container.NewBuilders.NewSession;
import com.buildappswith.booking.notification.model.IcsMethod;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.SlotView;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices on Payara Micro: a booking made and cancelled through the EJB facades writes its outbox messages, with
 * their ical4j invites, and its notifications in the facade's own transaction, through the CDI event the booking
 * repository fires.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesIT {

    private static final ZoneId KOLKATA = NewClients.KOLKATA;

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("notices-it", "scheduling", "profile", "policy", "payment", "notification")
                .addClasses(NewClients.CLASSES)
                .addClasses(NoticesIT.class, NoticeRows.class);
    }

    @Inject
    private BookingWizard bookings;

    @Inject
    private BookingManagement management;

    @Inject
    private NewBuilders newBuilders;

    @Inject
    private NewClients clients;

    @Inject
    private NoticeRows rows;

    @Test
    void aBookingAndItsCancellationThroughTheFacadesWriteTheirNoticesWithThem() throws Exception {
        NewSession session = newBuilders.offering("Notice builder", new OfferedSession("Call", "A short call",
                Duration.ofMinutes(30), Optional.empty()));
        SlotView slot = clients.freeSlots(session, 3).get(0);
        String client = clients.signInNewClient();

        BookingView booking = bookings.bookSlot(new BookingRequest(session.type(), slot.start(), KOLKATA, "Talk", ""));

        assertThat(rows.outboxOf(booking.id())).hasSize(2).allSatisfy(message -> {
            assertThat(message.kind()).isEqualTo(NoticeKind.BOOKING_CONFIRMED);
            assertThat(message.invite().orElseThrow().method()).isEqualTo(IcsMethod.REQUEST);
            assertThat(message.invite().orElseThrow().text()).contains("UID:booking-" + booking.id() + "@");
        });
        assertThat(rows.outboxOf(booking.id())).extracting(OutboxMessage::recipientEmail).contains(client);
        assertThat(rows.notificationsOf(booking.id())).extracting(Notification::kind)
                .containsExactly(NoticeKind.BOOKING_CONFIRMED, NoticeKind.BOOKING_CONFIRMED);

        management.cancel(booking.id(), Canceller.CLIENT, "Plans changed", OptionalLong.empty());

        assertThat(rows.outboxOf(booking.id())).hasSize(4).last().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(NoticeKind.BOOKING_CANCELLED);
            assertThat(message.invite().orElseThrow().method()).isEqualTo(IcsMethod.CANCEL);
        });
    }
}
