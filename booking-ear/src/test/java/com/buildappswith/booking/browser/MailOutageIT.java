package com.buildappswith.booking.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static com.buildappswith.booking.browser.Mailbox.about;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail server down while a booking is made: the deployed EAR's outbox keeps both messages PENDING, counting the
 * failed attempts with the server's answer, without a stack trace in the log; once the mail server is back, each is
 * delivered exactly once and recorded SENT. Reads the outbox in PostgreSQL (skipped on the embedded H2).
 */
class MailOutageIT {

    private ManagedBookings bookings;

    @AfterEach
    void close() {
        TestMailServer.start();
        if (bookings != null) {
            bookings.close();
        }
    }

    @Test
    void messagesWaitWhileTheMailServerIsDownAndGoOutOnceWhenItIsBack() throws Exception {
        OutboxDatabase database = OutboxDatabase.required();
        bookings = ManagedBookings.openFree("outage");
        String client = bookings.newClient("outage");
        Instant start = bookings.freeStartBetween(Instant.now().plus(Duration.ofDays(3)),
                Instant.now().plus(Duration.ofDays(5)));
        ServerLog log = ServerLog.fromNow();
        TestMailServer.stop();

        HttpResponse<String> created = bookings.book(client, start);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ManagedBookings.json(created.body()).getJsonNumber("id").longValue();
        List<OutboxDatabase.Row> waiting = awaitRows(database, id, row -> row.attempts() >= 1);
        assertThat(waiting).hasSize(2).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo("PENDING");
            assertThat(row.lastError()).isNotBlank();
            assertThat(row.sentAt()).isNull();
        });
        assertThat(waiting).extracting(OutboxDatabase.Row::recipient)
                .containsExactlyInAnyOrder(client, SignIn.DEMO_BUILDER);
        assertThat(log.stackTraces()).as("stack traces in the server's log while the mail server is down").isEmpty();
        assertThat(log.worthInvestigating()).as("the server's log while the mail server is down")
                .allMatch(line -> line.contains("OutboxCourier") || line.contains("Outbox through"));

        TestMailServer.start();

        Mailbox clientMail = new Mailbox(client);
        Mailbox adaMail = new Mailbox(SignIn.DEMO_BUILDER);
        ReceivedMail toClient = clientMail.await(1, about(id)).get(0);
        adaMail.await(1, about(id));
        Thread.sleep(Mailbox.SETTLE.toMillis());
        assertThat(clientMail.received(about(id))).as("delivered once").hasSize(1);
        assertThat(adaMail.received(about(id))).as("delivered once").hasSize(1);
        List<OutboxDatabase.Row> sent = database.outboxOf(id);
        assertThat(sent).hasSize(2).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.attempts()).isGreaterThanOrEqualTo(2);
            assertThat(row.sentAt()).isNotNull();
        });
        assertThat(sent).extracting(row -> row.messageId().replaceAll("[<>]", ""))
                .contains(toClient.messageId().replaceAll("[<>]", ""));
    }

    /** The booking's outbox rows once all of them match, waiting as the outbox job tries them. */
    private static List<OutboxDatabase.Row> awaitRows(OutboxDatabase database, long bookingId,
                                                      Predicate<OutboxDatabase.Row> which) throws Exception {
        Instant giveUp = Instant.now().plus(Mailbox.PATIENCE);
        List<OutboxDatabase.Row> rows = database.outboxOf(bookingId);
        while ((rows.isEmpty() || !rows.stream().allMatch(which)) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
            rows = database.outboxOf(bookingId);
        }
        return rows;
    }
}
