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
 * The reminders job in the deployed EAR (reminders 24 h and 1 h before), run by its timer (every 5 s in the test
 * server) and by an admin's "Run now" (the console's API): a session tomorrow gets the early reminder, one within the
 * hour the late one, each party one mail per booking; a cancelled session none; later runs write nothing again.
 * Reads the notices, the runs and the outbox in PostgreSQL (skipped on the embedded H2), and holds the job's lease
 * while the bookings are placed, as another node would, so no run sees the cancelled booking before its cancellation.
 * <p>
 * Other tests book Ada's next hours too, and on WildFly her calendar still holds the Payara run's bookings (CI runs
 * both on one database), so the test's session type may start every 5 minutes and each booking takes the first start
 * still free in a wide window: a late one 5 to 58 minutes ahead, early ones 3 to 23 hours ahead (anything more than
 * an hour and at most a day ahead is due the early reminder, and stays so while the test runs).
 */
class RemindersIT {

    private static final String JOB = "REMINDERS";
    private static final String HOLDER = "RemindersIT";
    /** Longer than two of the test server's 5-second ticks: a tick that would write anything again has come. */
    private static final Duration TICKS = Duration.ofSeconds(12);
    /**
     * The timer may take the lease in the moment between the test's release and the admin's start (each tick tries):
     * then that attempt's bookings were reminded by the timer, and the next attempt places new ones.
     */
    private static final int RUN_NOW_ATTEMPTS = 3;
    /** Where the early reminder's bookings start: due it (at most 24 h ahead) and far from the late one (1 h). */
    private static final Duration EARLY_FROM = Duration.ofHours(3);
    private static final Duration EARLY_UNTIL = Duration.ofHours(23);

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
        open("reminders");
        Reminded reminded = placeHoldingTheLease();
        database.releaseLease(JOB, HOLDER);

        expectOneReminderEach(reminded);
        Thread.sleep(TICKS.toMillis());
        expectNothingMore(reminded);
    }

    @Test
    void anAdminsRunNowRemindsEachPartyOnceAndASecondRunNowWritesNothingNew() throws Exception {
        open("reminders now");
        JobsApi jobs = new JobsApi();
        Reminded reminded = null;
        long run = 0;
        for (int attempt = 1; attempt <= RUN_NOW_ATTEMPTS && reminded == null; attempt++) {
            Reminded candidate = placeHoldingTheLease();
            database.releaseLease(JOB, HOLDER);
            HttpResponse<String> started = jobs.runNow("reminders");
            if (started.statusCode() == 409) {
                continue;
            }
            run = JobsApi.run(started);
            awaitEnded(run);
            if (wroteBoth(run, candidate)) {
                reminded = candidate;
            }
        }
        assertThat(reminded).as("a run now that wrote the reminders itself, in " + RUN_NOW_ATTEMPTS + " attempts")
                .isNotNull();
        OutboxDatabase.Run first = database.run(run);
        assertThat(first.startedBy()).isEqualTo(SignIn.DEMO_ADMIN);
        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.written()).isGreaterThanOrEqualTo(2);
        expectOneReminderEach(reminded);

        long second = runNowOnceFree(jobs);
        awaitEnded(second);
        assertThat(database.run(second).status()).isEqualTo("COMPLETED");
        assertThat(database.run(second).startedBy()).isEqualTo(SignIn.DEMO_ADMIN);
        Thread.sleep(Mailbox.SETTLE.toMillis());
        expectNothingMore(reminded);
    }

    private void open(String purpose) throws Exception {
        TestMailServer.requireRunning();
        database = OutboxDatabase.required();
        bookings = ManagedBookings.openFree(purpose, 5);
    }

    /**
     * Under the job's lease: a session later today or tomorrow (inside the early window but not the late one), one
     * within the hour (inside the late one, with time for a run before it starts) and one more inside the early
     * window that is then cancelled.
     */
    private Reminded placeHoldingTheLease() throws Exception {
        String tomorrowClient = bookings.newClient("tomorrow");
        String soonClient = bookings.newClient("soon");
        String cancellingClient = bookings.newClient("cancelling");
        database.takeLease(JOB, HOLDER, Duration.ofMinutes(2));
        Instant now = Instant.now();
        long early = bookFirstFree(tomorrowClient, now.plus(EARLY_FROM), now.plus(EARLY_UNTIL));
        long late = bookFirstFree(soonClient, now.plus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(58)));
        long cancelled = bookFirstFree(cancellingClient, now.plus(EARLY_FROM), now.plus(EARLY_UNTIL));
        HttpResponse<String> cancelling = bookings.as(cancellingClient, "POST", "api/bookings/" + cancelled
                + "/cancel", "{\"reason\":\"Cannot make it\"}");
        assertThat(cancelling.statusCode()).as(cancelling.body()).isEqualTo(200);
        placed.removeIf(booking -> booking.id() == cancelled);
        return new Reminded(tomorrowClient, early, soonClient, late, cancellingClient, cancelled);
    }

    /** Books the first start still free between the two instants, read afresh; a start taken meanwhile is skipped. */
    private long bookFirstFree(String client, Instant earliest, Instant latest) throws Exception {
        List<Instant> starts = bookings.freeStarts(earliest, latest);
        assertThat(starts).as("free starts between " + earliest + " and " + latest).isNotEmpty();
        for (Instant start : starts) {
            HttpResponse<String> created = bookings.book(client, start);
            if (created.statusCode() == 201) {
                long id = ManagedBookings.json(created.body()).getJsonNumber("id").longValue();
                placed.add(new Placed(client, id));
                return id;
            }
            assertThat(created.statusCode()).as(created.body()).isEqualTo(409);
        }
        throw new AssertionError("Every free start between " + earliest + " and " + latest + " was taken meanwhile");
    }

    private void expectOneReminderEach(Reminded reminded) throws InterruptedException {
        Mailbox ada = new Mailbox(SignIn.DEMO_BUILDER);
        ReceivedMail earlyToClient = new Mailbox(reminded.tomorrowClient()).await(1, reminderAbout(reminded.early()))
                .get(0);
        ReceivedMail earlyToAda = ada.await(1, reminderAbout(reminded.early())).get(0);
        ReceivedMail lateToClient = new Mailbox(reminded.soonClient()).await(1, reminderAbout(reminded.late())).get(0);
        ReceivedMail lateToAda = ada.await(1, reminderAbout(reminded.late())).get(0);
        assertThat(earlyToClient.text()).contains("Your session with Ada Okafor is coming up.");
        assertThat(earlyToAda.text()).contains("Your session with Managing tomorrow is coming up.");
        assertThat(lateToClient.text()).contains("Your session with Ada Okafor starts soon.");
        assertThat(lateToAda.text()).contains("Your session with Managing soon starts soon.");
    }

    /** Exactly one reminder per party and booking, in the mail and in the database; none for the cancelled one. */
    private void expectNothingMore(Reminded reminded) {
        Mailbox ada = new Mailbox(SignIn.DEMO_BUILDER);
        assertThat(new Mailbox(reminded.tomorrowClient()).received(reminderAbout(reminded.early()))).hasSize(1);
        assertThat(new Mailbox(reminded.soonClient()).received(reminderAbout(reminded.late()))).hasSize(1);
        assertThat(ada.received(reminderAbout(reminded.early()))).hasSize(1);
        assertThat(ada.received(reminderAbout(reminded.late()))).hasSize(1);
        assertThat(new Mailbox(reminded.cancellingClient()).received(reminderAbout(reminded.cancelled()))).isEmpty();
        assertThat(ada.received(reminderAbout(reminded.cancelled()))).isEmpty();
        assertThat(database.noticesOf(reminded.early())).containsExactly("REMINDER_EARLY");
        assertThat(database.noticesOf(reminded.late())).containsExactly("REMINDER_LATE");
        assertThat(database.noticesOf(reminded.cancelled())).isEmpty();
        assertThat(reminderRows(reminded.early())).containsExactly("REMINDER_EARLY", "REMINDER_EARLY");
        assertThat(reminderRows(reminded.late())).containsExactly("REMINDER_LATE", "REMINDER_LATE");
        assertThat(reminderRows(reminded.cancelled())).isEmpty();
    }

    /** Whether both reminders were written while that run ran (and not by a tick before it). */
    private boolean wroteBoth(long runId, Reminded reminded) {
        OutboxDatabase.Run run = database.run(runId);
        return List.of(reminded.early(), reminded.late()).stream()
                .map(database::noticesWrittenAt)
                .allMatch(written -> written.size() == 1 && !written.get(0).isBefore(run.startedAt())
                        && !written.get(0).isAfter(run.endedAt()));
    }

    /** Starts the job now, waiting while a run of it (a tick's) goes on. */
    private static long runNowOnceFree(JobsApi jobs) throws Exception {
        Instant giveUp = Instant.now().plus(Mailbox.PATIENCE);
        HttpResponse<String> started = jobs.runNow("reminders");
        while (started.statusCode() == 409 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
            started = jobs.runNow("reminders");
        }
        return JobsApi.run(started);
    }

    private void awaitEnded(long run) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Mailbox.PATIENCE);
        while (database.run(run).endedAt() == null && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        assertThat(database.run(run).endedAt()).as("the end of run " + run).isNotNull();
    }

    private List<String> reminderRows(long bookingId) {
        return database.outboxOf(bookingId).stream()
                .map(OutboxDatabase.Row::kind)
                .filter(kind -> kind.startsWith("REMINDER"))
                .toList();
    }

    private static Predicate<ReceivedMail> reminderAbout(long bookingId) {
        return about(bookingId).and(subjectStarting("Reminder:"));
    }

    private record Placed(String client, long id) {
    }

    /** The three bookings a test placed and their clients. */
    private record Reminded(String tomorrowClient, long early, String soonClient, long late, String cancellingClient,
                            long cancelled) {
    }
}
