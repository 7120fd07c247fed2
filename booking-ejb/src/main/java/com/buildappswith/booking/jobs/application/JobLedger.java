package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.model.JobLeases;
import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.jobs.model.JobRunRepository;
import com.buildappswith.booking.jobs.model.JobRunStatus;
import com.buildappswith.booking.jobs.model.NodeIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The jobs' lease and run history for the batch module's scheduler and job artifacts; never offered to a person
 * directly. Thin: {@link JobRuns} holds the use cases. Beginning, attaching and ending a run commit on their own,
 * whatever the caller's transaction does; progress joins the work's transaction, so the position recorded is the
 * position committed.
 */
@Stateless
@PermitAll
public class JobLedger {

    @Inject
    private JobLeases leases;

    @Inject
    private JobRunRepository runs;

    private JobRuns jobRuns;

    @PostConstruct
    void prepare() {
        jobRuns = new JobRuns(leases, runs, NodeIdentity.thisProcess(), JobRuns.LEASE);
    }

    /** See {@link JobRuns#begin}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<JobRuns.Ticket> begin(JobName job, String startedBy, Optional<Long> restartOf) {
        return jobRuns.begin(job, startedBy, restartOf);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void runsAs(long runId, long executionId) {
        jobRuns.runsAs(runId, executionId);
    }

    /** See {@link JobRuns#progressed}; in the caller's transaction (the chunk's), or one of its own. */
    public void progressed(long runId, String holder, int read, int written, int skipped, Optional<String> position) {
        jobRuns.progressed(runId, holder, read, written, skipped, position);
    }

    /** See {@link JobRuns#progressed(long, String, int, int, int, UnaryOperator)}; in the caller's transaction. */
    public void progressed(long runId, String holder, int read, int written, int skipped,
                           UnaryOperator<Optional<String>> advance) {
        jobRuns.progressed(runId, holder, read, written, skipped, advance);
    }

    /** See {@link JobRuns#ended}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean ended(long runId, String holder, JobRunStatus outcome, String exitStatus) {
        return jobRuns.ended(runId, holder, outcome, exitStatus);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<JobName> restartableJob(long runId) {
        return jobRuns.restartableJob(runId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> checkpointOf(long runId) {
        return jobRuns.checkpointOf(runId);
    }
}
