package com.buildappswith.booking.container;

import com.buildappswith.booking.container.NewBuilders.NewSession;
import com.buildappswith.booking.notification.application.DeliveryTally;
import com.buildappswith.booking.notification.application.OutboxDelivery;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.OutboxStatus;
import com.buildappswith.booking.notification.model.Recipient;
import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.BookingWizard;
import com.buildappswith.booking.scheduling.application.OfferedSession;
import com.buildappswith.booking.scheduling.application.SlotView;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's delivery as the server runs it: a booking and its cancellation through the facades write their mail,
 * and the delivery sends it through Payara's Jakarta Mail to the SMTP server named by the BOOKING_SMTP_* settings
 * Micro was started with (the pom's failsafe environment), where this test runs a GreenMail inside Micro.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxDeliveryIT {

    private static final String PASSWORD = "a sufficiently long password";
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("outbox-delivery-it", "scheduling", "profile", "policy", "payment", "notification")
                .addClasses(SignIn.CLASSES)
                .addClasses(OutboxDeliveryIT.class, NoticeRows.class, NewBuilders.class, NewSession.class)
                .addAsLibraries(DomainArchive.locationOf(GreenMail.class));
    }

    @Inject
    private OutboxDelivery delivery;

    @Inject
    private BookingWizard bookings;

    @Inject
    private BookingManagement management;

    @Inject
    private NewBuilders newBuilders;

    @Inject
    private AccountService accounts;

    @Inject
    private SignIn signIn;

    @Inject
    private NoticeRows rows;

    @Inject
    private Clock clock;

    @Inject
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    @Test
    void sendsABookingsMailAndInvitesOnceThroughTheConfiguredServerAndKeepsMailWhileItIsDown() throws Exception {
        int port = Settings.fromSystem().count(Setting.SMTP_PORT, 1, 65535, 25);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            // Mail other test classes left in this embedded database goes first.
            while (delivery.deliverDue(50).claimed() > 0) {
                smtp.purgeEmailFromAllMailboxes();
            }
            smtp.purgeEmailFromAllMailboxes();
            BookingView booking = book();

            assertThat(delivery.deliverDue(50)).isEqualTo(new DeliveryTally(2, 2, 0, 0));
            management.cancel(booking.id(), Canceller.CLIENT, "Plans changed", OptionalLong.empty());
            assertThat(delivery.deliverDue(50)).isEqualTo(new DeliveryTally(2, 2, 0, 0));
            assertThat(delivery.deliverDue(50)).isEqualTo(DeliveryTally.NOTHING);

            List<OutboxMessage> written = rows.outboxOf(booking.id());
            assertThat(written).hasSize(4).allSatisfy(message -> {
                assertThat(message.status()).isEqualTo(OutboxStatus.SENT);
                assertThat(message.attempts()).isEqualTo(1);
            });
            Map<String, MimeMessage> received = new HashMap<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                received.put(message.getMessageID(), message);
            }
            assertThat(received).hasSize(4);
            for (OutboxMessage message : written) {
                MimeMessage mail = received.get(message.messageId());
                assertThat(mail).as("the mail of outbox message " + message.id()).isNotNull();
                assertThat(mail.getSubject()).isEqualTo(message.subject());
                assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress())
                        .isEqualTo(message.recipientEmail());
                assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("bookings@localhost");
                String method = message.kind() == NoticeKind.BOOKING_CANCELLED ? "CANCEL" : "REQUEST";
                BodyPart calendar = ((Multipart) ((Multipart) mail.getContent()).getBodyPart(0).getContent())
                        .getBodyPart(2);
                assertThat(new ContentType(calendar.getContentType()).getParameter("method")).isEqualTo(method);
                assertThat(text(calendar)).contains("METHOD:" + method, "UID:booking-" + booking.id() + "@");
            }
        } finally {
            smtp.stop();
        }

        long waiting = write("max@example.com");
        assertThat(delivery.deliverDue(50)).isEqualTo(new DeliveryTally(1, 0, 1, 0));
        OutboxMessage pending = inTransaction(() -> entityManager.find(OutboxMessage.class, waiting));
        assertThat(pending.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastError()).get().asString().contains("Connection refused");
    }

    private BookingView book() throws Exception {
        NewSession session = newBuilders.offering("Outbox builder", new OfferedSession("Call", "A short call",
                Duration.ofMinutes(30), Optional.empty()));
        LocalDate today = LocalDate.now(clock);
        SlotView slot = bookings.freeSlots(session.builder(), session.type(), today.plusDays(3), today.plusDays(9),
                KOLKATA).orElseThrow().get(0);
        String client = "outbox-client-" + UUID.randomUUID() + "@example.com";
        accounts.register(client, "Outbox client", KOLKATA, PASSWORD);
        signIn.as(client, PASSWORD);
        return bookings.bookSlot(new BookingRequest(session.type(), slot.start(), KOLKATA, "Talk", ""));
    }

    private long write(String to) throws Exception {
        return inTransaction(() -> {
            OutboxMessage message = new OutboxMessage(NoticeKind.BOOKING_CONFIRMED, null,
                    new Recipient(null, to, "Max", KOLKATA), "Booking confirmed", "Your booking stands.",
                    "<p>Your booking stands.</p>", Optional.empty(), "booking.example.com", clock.instant());
            entityManager.persist(message);
            entityManager.flush();
            return message.id();
        });
    }

    private static String text(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
