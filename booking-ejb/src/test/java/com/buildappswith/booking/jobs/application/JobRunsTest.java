package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.infrastructure.JpaJobLeases;
import com.buildappswith.booking.jobs.infrastructure.JpaJobRunRepository;
import com.buildappswith.booking.jobs.model.BookingPosition;
import com.buildappswith.booking.jobs.model.BookingShare;
import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.jobs.model.JobRun;
import com.buildappswith.booking.jobs.model.JobRunStatus;
import com.buildappswith.booking.jobs.model.SharePositions;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run's life around the lease against a real database (PostgreSQL when BOOKING_DB_URL names one, else H2), with
 * leases short enough to run out during the test: the run of a node that stops beating is found ABANDONED by the
 * next node to take the lease, which resumes from its position; a stalled node that lost its lease must stop; the
 * partitions of one run report on it side by side.
 */
class JobRunsTest {

    private static final Duration SHORT = Duration.ofMillis(500);

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @BeforeEach
    void nobodyHoldsAnyLease() {
        DATABASE.inTransaction(entityManager -> {
            entityManager.createNativeQuery("UPDATE job_lease SET owner = NULL, until = NULL").executeUpdate();
            return entityManager.createNativeQuery("UPDATE job_run SET status = 'COMPLETED', ended_at = heartbeat_at "
                    + "WHERE status = 'RUNNING'").executeUpdate();
        });
    }

    private static <T> T on(String node, Function<JobRuns, T> work) {
        return DATABASE.inTransaction(entityManager -> work.apply(new JobRuns(new JpaJobLeases(entityManager),
                new JpaJobRunRepository(entityManager), node, SHORT)));
    }

    private static Optional<JobRuns.Ticket> begin(String node, JobName job, String by, Optional<Long> restartOf) {
        return on(node, runs -> runs.begin(job, by, restartOf));
    }

    private static boolean end(String node, long runId, String holder, JobRunStatus outcome, String exit) {
        Boolean ended = on(node, runs -> runs.ended(runId, holder, outcome, exit));
        return ended;
    }

    private static Optional<JobName> restartable(String node, long runId) {
        return on(node, runs -> runs.restartableJob(runId));
    }

    private static JobRun run(long runId) {
        return DATABASE.inTransaction(entityManager -> entityManager.find(JobRun.class, runId));
    }

    @Test
    void aRunBeginsOnlyWhileNoOtherRunOfItsJobIsGoingNotEvenOnTheSameNode() {
        JobRuns.Ticket first = begin("node-a", JobName.REMINDERS, JobRun.SCHEDULE, Optional.empty())
                .orElseThrow();

        assertThat(begin("node-a", JobName.REMINDERS, JobRun.SCHEDULE, Optional.empty())).isEmpty();
        assertThat(begin("node-b", JobName.REMINDERS, "admin@example.com", Optional.empty()))
                .isEmpty();
        assertThat(begin("node-b", JobName.DEADLINES, JobRun.SCHEDULE, Optional.empty()))
                .isPresent();

        assertThat(end("node-a", first.runId(), first.holder(), JobRunStatus.COMPLETED, "done"))
                .isTrue();
        assertThat(begin("node-b", JobName.REMINDERS, JobRun.SCHEDULE, Optional.empty()))
                .isPresent();
        JobRun ended = run(first.runId());
        assertThat(ended.status()).isEqualTo(JobRunStatus.COMPLETED);
        assertThat(ended.node()).isEqualTo("node-a");
        assertThat(ended.endedAt()).isPresent();
    }

    @Test
    void progressRenewsTheLeaseAndAddsToTheCounts() throws InterruptedException {
        JobRuns.Ticket ticket = begin("node-a", JobName.REMINDERS, JobRun.SCHEDULE,
                Optional.empty()).orElseThrow();
        for (int chunk = 0; chunk < 4; chunk++) {
            Thread.sleep(250);
            on("node-a", runs -> {
                runs.progressed(ticket.runId(), ticket.holder(), 100, 60, 40, Optional.empty());
                return null;
            });
            assertThat(begin("node-b", JobName.REMINDERS, JobRun.SCHEDULE, Optional.empty()))
                    .as("renewed before it ran out").isEmpty();
        }

        JobRun run = run(ticket.runId());
        assertThat(run.readCount()).isEqualTo(400);
        assertThat(run.writtenCount()).isEqualTo(240);
        assertThat(run.skippedCount()).isEqualTo(160);
        assertThat(run.status()).isEqualTo(JobRunStatus.RUNNING);
    }

    /** What happens when a node is killed mid-run (kill -9): nothing on it ends the run or gives the lease back. */
    @Test
    void theRunOfANodeThatStoppedIsAbandonedAndTheNextScheduledRunResumesFromItsPosition()
            throws InterruptedException {
        BookingPosition reached = new BookingPosition(Instant.parse("2026-12-03T10:00:00Z"), 4711);
        JobRuns.Ticket killed = begin("node-a", JobName.REMINDERS, JobRun.SCHEDULE,
                Optional.empty()).orElseThrow();
        on("node-a", runs -> {
            runs.progressed(killed.runId(), killed.holder(), 100, 100, 0, Optional.of(reached.toString()));
            return null;
        });
        Thread.sleep(SHORT.toMillis() + 300);

        JobRuns.Ticket next = begin("node-b", JobName.REMINDERS, JobRun.SCHEDULE, Optional.empty())
                .orElseThrow();

        JobRun abandoned = run(killed.runId());
        assertThat(abandoned.status()).isEqualTo(JobRunStatus.ABANDONED);
        assertThat(abandoned.isRestartable()).isTrue();
        assertThat(next.checkpoint().map(BookingPosition::parse)).contains(reached);
        assertThat(run(next.runId()).restartOf()).contains(killed.runId());
    }

    @Test
    void aStalledNodeWhoseLeaseWasTakenOverMustStopAndCannotEndTheOthersRun() throws InterruptedException {
        JobRuns.Ticket stalled = begin("node-a", JobName.DEADLINES, JobRun.SCHEDULE,
                Optional.empty()).orElseThrow();
        Thread.sleep(SHORT.toMillis() + 300);
        JobRuns.Ticket other = begin("node-b", JobName.DEADLINES, JobRun.SCHEDULE, Optional.empty())
                .orElseThrow();

        assertThatThrownBy(() -> on("node-a", runs -> {
            runs.progressed(stalled.runId(), stalled.holder(), 1, 1, 0, Optional.empty());
            return null;
        })).isInstanceOf(LeaseLostException.class);
        assertThat(end("node-a", stalled.runId(), stalled.holder(), JobRunStatus.COMPLETED, ""))
                .isFalse();
        assertThat(begin("node-a", JobName.DEADLINES, JobRun.SCHEDULE, Optional.empty()))
                .as("node-b still holds it").isEmpty();
        assertThat(run(other.runId()).status()).isEqualTo(JobRunStatus.RUNNING);
    }

    @Test
    void partitionsReportingOnOneRunAtTheSameTimeAddUpTheirCountsAndKeepEachItsPosition() throws Exception {
        JobRuns.Ticket ticket = begin("node-a", JobName.REMINDERS, JobRun.SCHEDULE, Optional.empty()).orElseThrow();
        int chunks = 30;
        Instant start = Instant.parse("2026-12-05T08:00:00Z");
        ExecutorService partitions = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> reports = new ArrayList<>();
            for (int index = 0; index < 2; index++) {
                BookingShare share = new BookingShare(index, 2);
                reports.add(partitions.submit(() -> {
                    for (int chunk = 1; chunk <= chunks; chunk++) {
                        BookingPosition reached = new BookingPosition(start.plusSeconds(chunk), chunk * 2L
                                + share.index());
                        on("node-a", runs -> {
                            runs.progressed(ticket.runId(), ticket.holder(), 10, 7, 3, recorded -> Optional.of(
                                    SharePositions.of(recorded, share.count()).with(share, reached).toString()));
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> report : reports) {
                report.get(30, TimeUnit.SECONDS);
            }
        } finally {
            partitions.shutdownNow();
        }

        JobRun run = run(ticket.runId());
        assertThat(run.readCount()).isEqualTo(2 * chunks * 10);
        assertThat(run.writtenCount()).isEqualTo(2 * chunks * 7);
        assertThat(run.skippedCount()).isEqualTo(2 * chunks * 3);
        SharePositions positions = SharePositions.of(run.checkpoint(), 2);
        assertThat(positions.of(new BookingShare(0, 2)))
                .contains(new BookingPosition(start.plusSeconds(chunks), chunks * 2L));
        assertThat(positions.of(new BookingShare(1, 2)))
                .contains(new BookingPosition(start.plusSeconds(chunks), chunks * 2L + 1));
    }

    @Test
    void anAdminRestartsAFailedRunFromItsPositionButNotACompletedOne() {
        BookingPosition reached = new BookingPosition(Instant.parse("2026-12-05T08:00:00Z"), 99);
        JobRuns.Ticket failed = begin("node-a", JobName.REMINDERS, JobRun.SCHEDULE,
                Optional.empty()).orElseThrow();
        on("node-a", runs -> {
            runs.progressed(failed.runId(), failed.holder(), 10, 10, 0, Optional.of(reached.toString()));
            return runs.ended(failed.runId(), failed.holder(), JobRunStatus.FAILED, "database went away");
        });
        JobRuns.Ticket completed = begin("node-a", JobName.REMINDERS, JobRun.SCHEDULE,
                Optional.empty()).orElseThrow();
        end("node-a", completed.runId(), completed.holder(), JobRunStatus.COMPLETED, "done");

        assertThat(restartable("node-b", failed.runId())).contains(JobName.REMINDERS);
        assertThat(restartable("node-b", completed.runId())).isEmpty();
        assertThatThrownBy(() -> begin("node-b", JobName.REMINDERS, "admin@example.com",
                Optional.of(completed.runId()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> begin("node-b", JobName.DEADLINES, "admin@example.com",
                Optional.of(failed.runId()))).isInstanceOf(IllegalArgumentException.class);

        JobRuns.Ticket restart = begin("node-b", JobName.REMINDERS, "admin@example.com",
                Optional.of(failed.runId())).orElseThrow();

        JobRun resumed = run(restart.runId());
        assertThat(resumed.restartOf()).contains(failed.runId());
        assertThat(resumed.startedBy()).isEqualTo("admin@example.com");
        assertThat(resumed.checkpoint().map(BookingPosition::parse)).contains(reached);
    }
}
