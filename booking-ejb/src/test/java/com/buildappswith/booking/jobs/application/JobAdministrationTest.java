package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.infrastructure.JpaJobHistoryRepository;
import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.jobs.model.JobRun;
import com.buildappswith.booking.jobs.model.JobRunStatus;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The console's view of the jobs against a real database (PostgreSQL when BOOKING_DB_URL names one, else the
 * embedded H2): each job's latest runs from job_run, which job a node holds the lease of now (by the database's
 * clock), and what the console refuses before it asks the batch module to start anything. The starter here only
 * records what it was asked, in place of the batch module's, to show what the console hands it and audits.
 */
class JobAdministrationTest {

    private static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private final List<String> audited = new ArrayList<>();
    private final List<String> started = new ArrayList<>();

    @AfterEach
    void releaseLeases() {
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery(
                "UPDATE job_lease SET owner = NULL, until = NULL").executeUpdate());
    }

    @Test
    void eachJobShowsItsLatestRunsLatestFirstAndWhetherANodeRunsItNow() {
        for (int hour = 0; hour < JobAdministration.RUNS_SHOWN + 2; hour++) {
            run(JobName.REMINDERS, START.plus(Duration.ofHours(hour)), JobRunStatus.COMPLETED);
        }
        long failed = run(JobName.OUTBOX, START, JobRunStatus.FAILED);
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("UPDATE job_lease SET owner = 'node-a', "
                + "until = CURRENT_TIMESTAMP + INTERVAL '1' HOUR WHERE job_name = 'OUTBOX'").executeUpdate());
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("UPDATE job_lease SET owner = 'node-b', "
                + "until = CURRENT_TIMESTAMP - INTERVAL '1' HOUR WHERE job_name = 'DEADLINES'").executeUpdate());

        List<JobOverview> jobs = console(Optional.empty(), JobAdministration::overview);

        assertThat(jobs).extracting(JobOverview::job).containsExactly(JobName.values());
        JobOverview reminders = jobs.get(0);
        assertThat(reminders.latestRuns()).hasSize(JobAdministration.RUNS_SHOWN);
        assertThat(reminders.latestRuns().get(0).startedAt())
                .isEqualTo(START.plus(Duration.ofHours(JobAdministration.RUNS_SHOWN + 1)));
        assertThat(reminders.latestRuns()).extracting(JobRunView::startedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(reminders.runningNow()).isFalse();
        assertThat(jobs.get(1).runningNow()).as("an expired lease").isFalse();
        JobOverview outbox = jobs.get(2);
        assertThat(outbox.runningOn()).contains("node-a");
        JobRunView shown = outbox.latestRuns().get(0);
        assertThat(shown.id()).isEqualTo(failed);
        assertThat(shown.restartable()).isTrue();
        assertThat(shown.exitStatus()).contains("SMTP unreachable");
        assertThat(shown.node()).isEqualTo("node-1");
        assertThat(shown.startedBy()).isEqualTo(JobRun.SCHEDULE);
        assertThat(shown.readCount()).isEqualTo(7);
        assertThat(shown.writtenCount()).isEqualTo(5);
        assertThat(shown.skippedCount()).isEqualTo(1);
    }

    @Test
    void aFailedRunIsRestartedThroughTheStarterAndAudited() {
        long failed = run(JobName.DEADLINES, START, JobRunStatus.FAILED);

        long restarted = console(Optional.of(recordingStarter()), console -> console.restart(failed, "admin@x"));

        assertThat(restarted).isEqualTo(1000 + failed);
        assertThat(started).containsExactly("restart " + failed + " by admin@x");
        assertThat(audited).containsExactly("restarted job run | deadlines job, run " + failed
                + " | FAILED: SMTP unreachable | run " + restarted);
    }

    @Test
    void aCompletedOrMissingRunIsNotRestartedAndNothingIsStarted() {
        long completed = run(JobName.DEADLINES, START, JobRunStatus.COMPLETED);

        assertThatThrownBy(() -> console(Optional.of(recordingStarter()), console -> console.restart(completed, "a")))
                .isInstanceOf(DomainException.class)
                .hasMessage("Run " + completed + " of the deadlines job is COMPLETED: only a failed or abandoned run "
                        + "can be restarted.");
        assertThatThrownBy(() -> console(Optional.of(recordingStarter()), console -> console.restart(completed
                + 1_000_000, "a")))
                .isInstanceOf(JobRunNotFoundException.class);
        assertThat(started).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void runningNowIsAuditedAndABusyJobIsTold() {
        long run = console(Optional.of(recordingStarter()), console -> console.runNow(JobName.OUTBOX, "admin@x"));
        assertThat(started).containsExactly("run outbox by admin@x");
        assertThat(audited).containsExactly("ran job now | outbox job |  | run " + run);

        assertThatThrownBy(() -> console(Optional.of(recordingStarter()), console -> console.runNow(JobName.REMINDERS,
                "admin@x")))
                .isInstanceOf(JobBusyException.class)
                .extracting(failure -> ((DomainException) failure).type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(audited).hasSize(1);
    }

    @Test
    void withoutTheBatchModuleTheHistoryShowsButNothingStarts() {
        assertThat(console(Optional.empty(), JobAdministration::overview)).hasSize(JobName.values().length);
        assertThatThrownBy(() -> console(Optional.empty(), console -> console.runNow(JobName.OUTBOX, "admin@x")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("not installed on this server")
                .extracting(failure -> ((DomainException) failure).type()).isEqualTo(ProblemType.UNAVAILABLE);
    }

    /** Takes every start but of the reminders job, which it reports busy, as the batch module does with its lease. */
    private JobStarter recordingStarter() {
        return new JobStarter() {
            @Override
            public long runNow(JobName job, String admin) {
                if (job == JobName.REMINDERS) {
                    throw new JobBusyException(job);
                }
                started.add("run " + job.jobXml() + " by " + admin);
                return 4242;
            }

            @Override
            public long restart(long runId, String admin) {
                started.add("restart " + runId + " by " + admin);
                return 1000 + runId;
            }
        };
    }

    private long run(JobName job, Instant at, JobRunStatus outcome) {
        return DATABASE.inTransaction(entityManager -> {
            JobRun run = new JobRun(job, "node-1", JobRun.SCHEDULE, Optional.empty(), at);
            run.progressed(7, 5, 1, Optional.of("booking 12"), at.plusSeconds(10));
            run.ended(outcome, outcome == JobRunStatus.FAILED ? "SMTP unreachable" : "done", at.plusSeconds(20));
            entityManager.persist(run);
            entityManager.flush();
            return run.id();
        });
    }

    private <T> T console(Optional<JobStarter> starter, Function<JobAdministration, T> work) {
        return DATABASE.inTransaction((EntityManager entityManager) -> work.apply(new JobAdministration(
                new JpaJobHistoryRepository(entityManager), starter, (action, subject, before, after) ->
                audited.add(String.join(" | ", action, subject, before.orElse(""), after.orElse(""))))));
    }
}
