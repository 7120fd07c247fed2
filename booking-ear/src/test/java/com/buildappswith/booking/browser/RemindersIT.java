package com.buildappswith.booking.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static com.buildappswith.booking.browser.Mailbox.about;
import static com.buildappswith.booking.browser.Mailbox.subjectStarting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders job as its timer runs it in the deployed EAR (every 5 s in the test server, reminders 24 h and 1 h
 * before): a session tomorrow gets the early reminder, one within the hour the late one, each party one mail per
 * booking; a cancelled session none; later runs write nothing again. Reads the notices and the outbox in PostgreSQL
 * (skipped on the embedded H2), and holds the job's lease while the bookings are placed, as another node would, so no
 * run sees the cancelled booking before its cancellation.
 */
class RemindersIT {

    private static final String JOB = "REMINDERS";
    private static final String HOLDER = "RemindersIT";

    /** The test's confirmed bookings, cancelled at the end so Ada's next hours are free for the other tests. */
    private final List<Placed> placed = new ArrayList<>();
    private ManagedBookings bookings;
    private OutboxDatabase database;

    @AfterEach
    void close() {
        if (database != null) {
            database.releaseLease(JOB, HOLDER);
        }
        placed.forEach(booking -> bookings.as(booking.client(), "POST", "api/bookings/" + booking.id() + "/cancel",
                "{\"reason\":\"Reminded enough\"}"));
        if (bookings != null) {
            bookings.close();
        }
    }

    @Test
    void eachPartyGetsOneReminderPerBookingAtTheRightDistanceAndNoneForACancelledOne() throws Exception {
        TestMailServer.requireRunning();
        database = OutboxDatabase.required();
        bookings = ManagedBookings.openFree("reminders");
        String tomorrowClient = bookings.newClient("tomorrow");
        String soonClient = bookings.newClient("soon");
        String cancellingClient = bookings.newClient("cancelling");
        Instant now = Instant.now();
        // Inside the early window (24 h) but not the late one; inside the late one (1 h), with time for the run.
        List<Instant> tomorrow = bookings.freeStarts(now.plus(Duration.ofHours(21)), now.plus(Duration.ofHours(23)));
        Instant soon = bookings.freeStartBetween(now.plus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(58)));
        assertThat(tomorrow).hasSizeGreaterThanOrEqualTo(2);

        database.takeLease(JOB, HOLDER, Duration.ofMinutes(2));
        long early = booked(tomorrowClient, tomorrow.get(0));
        long late = booked(soonClient, soon);
        long cancelled = booked(cancellingClient, tomorrow.get(1));
        HttpResponse<String> cancelling = bookings.as(cancellingClient, "POST", "api/bookings/" + cancelled
                + "/cancel", "{\"reason\":\"Cannot make it\"}");
        assertThat(cancelling.statusCode()).as(cancelling.body()).isEqualTo(200);
        placed.removeIf(booking -> booking.id() == cancelled);
        int runsBefore = database.endedRuns(JOB);
        database.releaseLease(JOB, HOLDER);

        Mailbox ada = new Mailbox(SignIn.DEMO_BUILDER);
        ReceivedMail earlyToClient = new Mailbox(tomorrowClient).await(1, reminderAbout(early)).get(0);
        ReceivedMail earlyToAda = ada.await(1, reminderAbout(early)).get(0);
        ReceivedMail lateToClient = new Mailbox(soonClient).await(1, reminderAbout(late)).get(0);
        ReceivedMail lateToAda = ada.await(1, reminderAbout(late)).get(0);
        assertThat(earlyToClient.text()).contains("Your session with Ada Okafor is coming up.");
        assertThat(earlyToAda.text()).contains("Your session with Managing tomorrow is coming up.");
        assertThat(lateToClient.text()).contains("Your session with Ada Okafor starts soon.");
        assertThat(lateToAda.text()).contains("Your session with Managing soon starts soon.");
        awaitRunsAfter(runsBefore + 3);

        assertThat(new Mailbox(tomorrowClient).received(reminderAbout(early))).hasSize(1);
        assertThat(new Mailbox(soonClient).received(reminderAbout(late))).hasSize(1);
        assertThat(ada.received(reminderAbout(early))).hasSize(1);
        assertThat(ada.received(reminderAbout(late))).hasSize(1);
        assertThat(new Mailbox(cancellingClient).received(reminderAbout(cancelled))).isEmpty();
        assertThat(ada.received(reminderAbout(cancelled))).isEmpty();
        assertThat(database.noticesOf(early)).containsExactly("REMINDER_EARLY");
        assertThat(database.noticesOf(late)).containsExactly("REMINDER_LATE");
        assertThat(database.noticesOf(cancelled)).isEmpty();
        assertThat(reminderRows(early)).containsExactly("REMINDER_EARLY", "REMINDER_EARLY");
        assertThat(reminderRows(late)).containsExactly("REMINDER_LATE", "REMINDER_LATE");
        assertThat(reminderRows(cancelled)).isEmpty();
    }

    private long booked(String client, Instant start) {
        HttpResponse<String> created = bookings.book(client, start);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ManagedBookings.json(created.body()).getJsonNumber("id").longValue();
        placed.add(new Placed(client, id));
        return id;
    }

    private List<String> reminderRows(long bookingId) {
        return database.outboxOf(bookingId).stream()
                .map(OutboxDatabase.Row::kind)
                .filter(kind -> kind.startsWith("REMINDER"))
                .toList();
    }

    /** Waits until the job ended {@code runs} runs in all: later runs had their chance to write anything again. */
    private void awaitRunsAfter(int runs) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Mailbox.PATIENCE);
        while (database.endedRuns(JOB) < runs && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
        }
        assertThat(database.endedRuns(JOB)).as("ended runs of the reminders job").isGreaterThanOrEqualTo(runs);
        Thread.sleep(Mailbox.SETTLE.toMillis());
    }

    private static Predicate<ReceivedMail> reminderAbout(long bookingId) {
        return about(bookingId).and(subjectStarting("Reminder:"));
    }

    private record Placed(String client, long id) {
    }
}
