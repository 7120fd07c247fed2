package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.model.JobHistoryRepository;
import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.jobs.model.JobRun;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The jobs as an admin runs them from the console: each job's latest runs and whether a node runs it now, and running
 * a job now or restarting a run that failed or was abandoned, each start written to the audit log. Starting is the
 * {@link JobStarter}'s (the batch module's); this only checks what the console can check itself, so that a person
 * is told plainly why a run cannot be restarted. Plain Java: {@link JobConsole} in the server, the database test
 * outside it.
 */
public final class JobAdministration {

    /** How many runs of each job the console lists. */
    public static final int RUNS_SHOWN = 10;

    private final JobHistoryRepository history;
    private final Optional<JobStarter> starter;
    private final AuditLog audit;

    /** Where the starts are written: the admin audit log, with the caller as the actor. */
    @FunctionalInterface
    public interface AuditLog {
        void record(String action, String subject, Optional<String> before, Optional<String> after);
    }

    /** @param starter the batch module's starter, absent where this server does not run the jobs */
    public JobAdministration(JobHistoryRepository history, Optional<JobStarter> starter, AuditLog audit) {
        this.history = Objects.requireNonNull(history, "A job history is required.");
        this.starter = Objects.requireNonNull(starter, "The starter (or its absence) is required.");
        this.audit = Objects.requireNonNull(audit, "An audit log is required.");
    }

    /** Every job, in the order of {@link JobName}, with its latest runs. */
    public List<JobOverview> overview() {
        Map<JobName, String> leases = history.leasesHeld();
        return Arrays.stream(JobName.values())
                .map(job -> new JobOverview(job, Optional.ofNullable(leases.get(job)),
                        history.latestRuns(job, RUNS_SHOWN).stream().map(JobRunView::of).toList()))
                .toList();
    }

    /**
     * Runs {@code job} now, as its schedule would; the new run's id.
     *
     * @throws JobBusyException when a node is running it
     */
    public long runNow(JobName job, String admin) {
        Objects.requireNonNull(job, "A job is required.");
        long run = starter().runNow(job, admin);
        audit.record("ran job now", job.jobXml() + " job", Optional.empty(), Optional.of("run " + run));
        return run;
    }

    /**
     * Runs a failed or abandoned run's job again from where that run got to; the new run's id.
     *
     * @throws JobRunNotFoundException when there is no such run
     * @throws DomainException when the run did not fail and was not abandoned
     * @throws JobBusyException when a node is running the job
     */
    public long restart(long runId, String admin) {
        JobRun run = history.find(runId).orElseThrow(() -> new JobRunNotFoundException(runId));
        if (!run.isRestartable()) {
            throw new DomainException(ProblemType.NOT_ALLOWED, "Run " + runId + " of the " + run.job().jobXml()
                    + " job is " + run.status() + ": only a failed or abandoned run can be restarted.");
        }
        long restarted = starter().restart(runId, admin);
        audit.record("restarted job run", run.job().jobXml() + " job, run " + runId,
                Optional.of(run.status() + run.exitStatus().map(exit -> ": " + exit).orElse("")),
                Optional.of("run " + restarted));
        return restarted;
    }

    private JobStarter starter() {
        return starter.orElseThrow(() -> new DomainException(ProblemType.UNAVAILABLE,
                "The jobs are not installed on this server, so they cannot be started from here."));
    }
}
