package com.buildappswith.booking.container;

import com.buildappswith.booking.notification.application.DeliveryTally;
import com.buildappswith.booking.notification.application.OutboxDelivery;
import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.IcsMethod;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.OutboxStatus;
import com.buildappswith.booking.notification.model.Recipient;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
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

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's delivery as the server runs it: Payara's Jakarta Mail, the EJB and its transactions, and the SMTP
 * server named by the BOOKING_SMTP_* settings Micro was started with (the pom's failsafe environment), where this
 * test runs a GreenMail inside Micro.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxDeliveryIT {

    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Builder Booking//Test//EN\r\n"
            + "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:booking-1@booking.example.com\r\nDTSTAMP:20261201T080000Z\r\n"
            + "DTSTART:20261204T090000Z\r\nDTEND:20261204T100000Z\r\nSUMMARY:Code review\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";

    @Deployment
    static WebArchive deployment() {
        return DomainArchive.of("outbox-delivery-it", "notification")
                .addClass(OutboxDeliveryIT.class)
                .addAsLibraries(DomainArchive.locationOf(GreenMail.class),
                        DomainArchive.locationOf(org.slf4j.LoggerFactory.class));
    }

    @Inject
    private OutboxDelivery delivery;

    @Inject
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    @Test
    void sendsThroughTheConfiguredServerOnceAndWaitsWhileItIsDown() throws Exception {
        int port = Settings.fromSystem().count(Setting.SMTP_PORT, 1, 65535, 25);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            long withInvite = write("zoe@example.com", Optional.of(new CalendarInvite(IcsMethod.REQUEST, ICS)));

            DeliveryTally tally = delivery.deliverDue(50);

            assertThat(tally).isEqualTo(new DeliveryTally(1, 1, 0, 0));
            assertThat(smtp.getReceivedMessages()).hasSize(1);
            MimeMessage received = smtp.getReceivedMessages()[0];
            OutboxMessage sent = find(withInvite);
            assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(received.getMessageID()).isEqualTo(sent.messageId());
            assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("bookings@localhost");
            Multipart alternative = (Multipart) ((Multipart) received.getContent()).getBodyPart(0).getContent();
            ContentType calendar = new ContentType(alternative.getBodyPart(2).getContentType());
            assertThat(calendar.getBaseType()).isEqualTo("text/calendar");
            assertThat(calendar.getParameter("method")).isEqualTo("REQUEST");
            assertThat(delivery.deliverDue(50)).isEqualTo(DeliveryTally.NOTHING);
        } finally {
            smtp.stop();
        }

        long waiting = write("max@example.com", Optional.empty());
        assertThat(delivery.deliverDue(50)).isEqualTo(new DeliveryTally(1, 0, 1, 0));
        OutboxMessage pending = find(waiting);
        assertThat(pending.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastError()).get().asString().contains("Connection refused");
    }

    private long write(String to, Optional<CalendarInvite> invite) throws Exception {
        return inTransaction(() -> {
            OutboxMessage message = new OutboxMessage(NoticeKind.BOOKING_CONFIRMED, null,
                    new Recipient(null, to, "Zoë Müller", ZoneId.of("Europe/Berlin")), "Booking confirmed",
                    "Your booking stands.", "<p>Your booking stands.</p>", invite, "booking.example.com",
                    Instant.now());
            entityManager.persist(message);
            entityManager.flush();
            return message.id();
        });
    }

    private OutboxMessage find(long id) throws Exception {
        return inTransaction(() -> entityManager.find(OutboxMessage.class, id));
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
