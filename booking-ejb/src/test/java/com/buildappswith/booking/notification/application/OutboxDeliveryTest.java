package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.infrastructure.JpaOutboxQueue;
import com.buildappswith.booking.notification.infrastructure.NoMailServer;
import com.buildappswith.booking.notification.infrastructure.SmtpMailGateway;
import com.buildappswith.booking.notification.infrastructure.SmtpSettings;
import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.DeliveryRetry;
import com.buildappswith.booking.notification.model.IcsMethod;
import com.buildappswith.booking.notification.model.MailGateway;
import com.buildappswith.booking.notification.model.MailNotSentException;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.notification.model.OutboxStatus;
import com.buildappswith.booking.notification.model.OutgoingMail;
import com.buildappswith.booking.notification.model.Recipient;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.shared.MovableClock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's delivery against a real database (PostgreSQL when BOOKING_DB_URL names one, else the embedded H2) and
 * a real SMTP server (GreenMail) on a port of its own, without a container: the same courier and transactions the
 * server runs, with the mail server taken down and brought back on that port.
 */
class OutboxDeliveryTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Builder Booking//Test//EN\r\n"
            + "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:booking-1@booking.example.com\r\nDTSTAMP:20261201T080000Z\r\n"
            + "DTSTART:20261204T090000Z\r\nDTEND:20261204T100000Z\r\nSUMMARY:Code review\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";
    private static final int SENDERS = 2;

    @RegisterExtension
    // Both senders of the race below hold a transaction at once, besides the test's own.
    static final TestDatabase DATABASE = TestDatabase.withConnections(SENDERS + 2);

    private final MovableClock clock = new MovableClock(START);
    private final DeliveryRetry retry = new DeliveryRetry(3, Duration.ofMinutes(1), Duration.ofMinutes(60));
    private int port;
    private GreenMail smtp;

    @BeforeEach
    void emptyOutboxAndMailServer() throws IOException {
        DATABASE.inTransaction(entityManager ->
                entityManager.createNativeQuery("delete from outbox_message").executeUpdate());
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        smtpUp();
    }

    @AfterEach
    void stopMailServer() {
        smtpDown();
    }

    private void smtpUp() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private void smtpDown() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    @Test
    void deliversAMessageWithItsInviteOnceWithTheStoredMessageId() throws Exception {
        long id = write("zoe@example.com", Optional.of(new CalendarInvite(IcsMethod.REQUEST, ICS)));

        DeliveryTally tally = courier("node-a", gateway()).deliverDue(10);

        assertThat(tally).isEqualTo(new DeliveryTally(1, 1, 0, 0));
        OutboxMessage sent = message(id);
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).contains(START);
        assertThat(sent.lastError()).isEmpty();
        MimeMessage received = onlyReceived();
        assertThat(received.getMessageID()).isEqualTo(sent.messageId());
        Multipart alternative = (Multipart) ((Multipart) received.getContent()).getBodyPart(0).getContent();
        assertThat(types(alternative)).containsExactly("text/plain", "text/html", "text/calendar");
        assertThat(new ContentType(alternative.getBodyPart(2).getContentType()).getParameter("method"))
                .isEqualTo("REQUEST");

        assertThat(courier("node-a", gateway()).deliverDue(10)).isEqualTo(DeliveryTally.NOTHING);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void whileSmtpIsDownMessagesWaitWithTheirErrorForTheBackoffThenFail() throws Exception {
        smtpDown();
        long first = write("one@example.com", Optional.empty());
        long second = write("two@example.com", Optional.empty());
        OutboxCourier courier = courier("node-a", gateway());

        assertThat(courier.deliverDue(10)).isEqualTo(new DeliveryTally(2, 0, 2, 0));

        for (long id : List.of(first, second)) {
            OutboxMessage waiting = message(id);
            assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.lastError()).get().asString().contains("Connection refused").doesNotContain("\n");
            assertThat(waiting.nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        }
        assertThat(courier.deliverDue(10)).as("not due before the backoff").isEqualTo(DeliveryTally.NOTHING);

        clock.advance(Duration.ofMinutes(1));
        assertThat(courier.deliverDue(10)).isEqualTo(new DeliveryTally(2, 0, 2, 0));
        assertThat(message(first).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        assertThat(courier.deliverDue(10)).isEqualTo(new DeliveryTally(2, 0, 0, 2));
        OutboxMessage failed = message(first);
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).get().asString().contains("Connection refused");

        smtpUp();
        clock.advance(Duration.ofHours(2));
        assertThat(courier.deliverDue(10)).as("given up: only an admin's retry sends it").isEqualTo(
                DeliveryTally.NOTHING);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void whenSmtpIsBackEveryWaitingMessageIsDeliveredExactlyOnce() throws Exception {
        smtpDown();
        List<Long> ids = IntStream.range(0, 5).mapToObj(i -> write("client" + i + "@example.com", Optional.empty()))
                .toList();
        OutboxCourier courier = courier("node-a", gateway());
        assertThat(courier.deliverDue(10).retrying()).isEqualTo(5);

        smtpUp();
        clock.advance(Duration.ofMinutes(1));
        assertThat(courier.deliverDue(10)).isEqualTo(new DeliveryTally(5, 5, 0, 0));
        clock.advance(Duration.ofHours(1));
        assertThat(courier.deliverDue(10)).isEqualTo(DeliveryTally.NOTHING);

        List<String> sentIds = new ArrayList<>();
        for (long id : ids) {
            OutboxMessage sent = message(id);
            assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(sent.attempts()).isEqualTo(2);
            sentIds.add(sent.messageId());
        }
        assertThat(receivedIds()).containsExactlyInAnyOrderElementsOf(sentIds);
    }

    @Test
    void withoutAMailServerNothingIsClaimedOrCounted() {
        long id = write("zoe@example.com", Optional.empty());

        assertThat(courier("node-a", new NoMailServer()).deliverDue(10)).isEqualTo(DeliveryTally.NOTHING);

        OutboxMessage waiting = message(id);
        assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.attempts()).isZero();
        assertThat(waiting.isDueAt(clock.instant())).as("not claimed").isTrue();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMessageClaimedByANodeThatDiedIsSentOnceItsClaimLapses() throws Exception {
        long id = write("zoe@example.com", Optional.empty());
        // What a node leaves behind when it dies between its claim and the outcome.
        DATABASE.inTransaction(entityManager -> {
            new JpaOutboxQueue(entityManager).lockDue(clock.instant(), 10)
                    .forEach(message -> message.claim("dead-node", clock.instant().plus(OutboxCourier.CLAIM)));
            return null;
        });
        OutboxCourier courier = courier("node-b", gateway());

        assertThat(courier.deliverDue(10)).isEqualTo(DeliveryTally.NOTHING);
        clock.advance(OutboxCourier.CLAIM);
        assertThat(courier.deliverDue(10)).isEqualTo(new DeliveryTally(1, 1, 0, 0));

        assertThat(onlyReceived().getMessageID()).isEqualTo(message(id).messageId());
    }

    @Test
    void aSenderStartsNoMessageInTheLastMinuteOfItsClaimAndLeavesTheRestToALaterRun() throws Exception {
        long first = write("one@example.com", Optional.empty());
        long second = write("two@example.com", Optional.empty());
        SmtpMailGateway smtpGateway = gateway();
        // The first message takes the mail server four and a half minutes: the claim has thirty seconds left.
        MailGateway slow = new MailGateway() {
            @Override
            public Optional<String> server() {
                return smtpGateway.server();
            }

            @Override
            public Connection open() {
                Connection connection = smtpGateway.open();
                return new Connection() {
                    @Override
                    public void send(OutgoingMail mail) throws MailNotSentException {
                        connection.send(mail);
                        clock.advance(OutboxCourier.CLAIM.minusSeconds(30));
                    }

                    @Override
                    public void close() {
                        connection.close();
                    }
                };
            }
        };

        assertThat(courier("node-a", slow).deliverDue(10)).isEqualTo(new DeliveryTally(2, 1, 0, 0));
        assertThat(message(first).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message(second).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message(second).attempts()).isZero();
        assertThat(courier("node-b", gateway()).deliverDue(10)).as("still claimed").isEqualTo(DeliveryTally.NOTHING);

        clock.advance(Duration.ofSeconds(30));
        assertThat(courier("node-b", gateway()).deliverDue(10)).isEqualTo(new DeliveryTally(1, 1, 0, 0));
        assertThat(receivedIds()).containsExactlyInAnyOrder(message(first).messageId(), message(second).messageId());
    }

    @Test
    void aRecipientRefusedForGoodIsGivenUpAtOnce() {
        long id = write("nobody@example.com", Optional.empty());
        MailGateway refusing = new MailGateway() {
            @Override
            public Optional<String> server() {
                return Optional.of("a server that knows no such user");
            }

            @Override
            public Connection open() {
                return new Connection() {
                    @Override
                    public void send(OutgoingMail mail) throws MailNotSentException {
                        throw new MailNotSentException(MailNotSentException.Reason.REFUSED, "550 5.1.1 User unknown");
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };

        assertThat(courier("node-a", refusing).deliverDue(10)).isEqualTo(new DeliveryTally(1, 0, 0, 1));

        OutboxMessage failed = message(id);
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("550 5.1.1 User unknown");
    }

    @Test
    void twoSendersAtOnceDeliverEveryMessageExactlyOnce() throws Exception {
        int messages = 200;
        List<Long> ids = DATABASE.inTransaction(entityManager -> IntStream.range(0, messages).mapToObj(i -> {
            OutboxMessage message = newMessage("client" + i + "@example.com", Optional.empty());
            entityManager.persist(message);
            entityManager.flush();
            return message.id();
        }).toList());
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int sender = 0; sender < SENDERS; sender++) {
                OutboxCourier courier = courier("node-" + sender, gateway());
                Callable<Integer> run = () -> {
                    start.await();
                    int total = 0;
                    while (pending() > 0) {
                        total += courier.deliverDue(15).sent();
                    }
                    return total;
                };
                sent.add(pool.submit(run));
            }
            start.countDown();
            List<Integer> shares = new ArrayList<>();
            int total = 0;
            for (Future<Integer> each : sent) {
                int bySender = each.get(2, TimeUnit.MINUTES);
                shares.add(bySender);
                total += bySender;
            }
            assertThat(total).isEqualTo(messages);
            if (DATABASE.isPostgreSql()) {
                // PostgreSQL skips the rows another sender has locked before it counts the limit, so both get work.
                assertThat(shares).as("each sender took a share").allMatch(share -> share > 0);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> received = receivedIds();
        assertThat(received).hasSize(messages).doesNotHaveDuplicates();
        Object[] counts = DATABASE.inTransaction(entityManager -> (Object[]) entityManager.createNativeQuery(
                "select count(*), sum(attempts), count(distinct message_id) from outbox_message"
                        + " where status = 'SENT'").getSingleResult());
        assertThat(Arrays.stream(counts).map(count -> ((Number) count).intValue()))
                .containsExactly(messages, messages, messages);
        List<String> stored = ids.stream().map(id -> message(id).messageId()).toList();
        assertThat(received).containsExactlyInAnyOrderElementsOf(stored);
    }

    private static long pending() {
        return DATABASE.inTransaction(entityManager -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_message where status = 'PENDING'").getSingleResult()).longValue());
    }

    private OutboxCourier courier(String node, MailGateway gateway) {
        return new OutboxCourier(transactions(), gateway, retry, node, clock, OutboxCourier.CLAIM);
    }

    private static OutboxWork.Transactions transactions() {
        return new OutboxWork.Transactions() {
            @Override
            public <T> T inTransaction(Function<OutboxWork, T> work) {
                return DATABASE.inTransaction(entityManager -> work.apply(new OutboxWork(
                        new JpaOutboxQueue(entityManager))));
            }
        };
    }

    private SmtpMailGateway gateway() {
        try {
            return SmtpMailGateway.of(new SmtpSettings("127.0.0.1", port, Optional.empty(), Optional.empty(),
                    new InternetAddress("Builder Booking <bookings@booking.example.com>"), false), clock);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long write(String to, Optional<CalendarInvite> invite) {
        return DATABASE.inTransaction(entityManager -> {
            OutboxMessage message = newMessage(to, invite);
            entityManager.persist(message);
            entityManager.flush();
            return message.id();
        });
    }

    private OutboxMessage newMessage(String to, Optional<CalendarInvite> invite) {
        return new OutboxMessage(NoticeKind.BOOKING_CONFIRMED, null, new Recipient(null, to, "Zoë Müller", BERLIN),
                "Booking confirmed", "Your booking stands.", "<p>Your booking stands.</p>", invite,
                "booking.example.com", clock.instant());
    }

    private static OutboxMessage message(long id) {
        return DATABASE.inTransaction(entityManager -> entityManager.find(OutboxMessage.class, id));
    }

    private MimeMessage onlyReceived() {
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return smtp.getReceivedMessages()[0];
    }

    private List<String> receivedIds() throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            ids.add(message.getMessageID());
        }
        return ids;
    }

    private static List<String> types(Multipart multipart) throws MessagingException {
        List<String> types = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            types.add(new ContentType(multipart.getBodyPart(i).getContentType()).getBaseType());
        }
        return types;
    }
}
