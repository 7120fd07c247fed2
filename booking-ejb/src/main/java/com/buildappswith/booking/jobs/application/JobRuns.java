package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.model.JobLeases;
import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.jobs.model.JobRun;
import com.buildappswith.booking.jobs.model.JobRunRepository;
import com.buildappswith.booking.jobs.model.JobRunStatus;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The life of a job run around the lease, inside the caller's transaction: a run begins only by taking its job's
 * lease (which also marks the runs of nodes that stopped beating ABANDONED), renews it with every piece of progress
 * it records, and gives it back when it ends. Every time comes from the database's clock, the one clock all nodes
 * share, so a node whose own clock runs ahead can neither take a lease early nor find a live run stale.
 * <p>
 * The lease's holder is the node's name and a token of the run, not the node alone: a node's second tick while its
 * own run is still going does not count as "holding it already", so it too is refused.
 */
public final class JobRuns {

    /** How long a lease lasts without renewal; a node that died is taken over after at most this long. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final JobLeases leases;
    private final JobRunRepository runs;
    private final String node;
    private final Duration lease;

    public JobRuns(JobLeases leases, JobRunRepository runs, String node, Duration lease) {
        this.leases = Objects.requireNonNull(leases, "The leases are required.");
        this.runs = Objects.requireNonNull(runs, "The run repository is required.");
        this.node = Objects.requireNonNull(node, "The node is required.");
        this.lease = Objects.requireNonNull(lease, "The lease's length is required.");
    }

    /**
     * A run that began: its id, the holder its lease is renewed and released as, and the position it resumes from.
     */
    public record Ticket(long runId, JobName job, String holder, Optional<String> checkpoint) {
    }

    /**
     * Begins a run of {@code job} if its lease is free, first marking runs of it that nobody beats for any more
     * ABANDONED. A run the schedule begins resumes from the latest of those that got somewhere, so a node killed
     * mid-run is followed up from where it stopped; an admin's restart resumes {@code restartOf}.
     *
     * @return empty when some node holds the lease
     * @throws IllegalArgumentException when {@code restartOf} is no run of a job that can be restarted
     */
    public Optional<Ticket> begin(JobName job, String startedBy, Optional<Long> restartOf) {
        Optional<JobRun> resumed = restartOf.map(runId -> runs.byId(runId)
                .filter(run -> run.job() == job && run.isRestartable())
                .orElseThrow(() -> new IllegalArgumentException("Run " + runId + " of " + job.jobXml()
                        + " does not exist or did not fail, so it cannot be restarted.")));
        Instant now = leases.now();
        String holder = node + "/" + token();
        if (!leases.take(job, holder, now, now.plus(lease))) {
            return Optional.empty();
        }
        List<JobRun> abandoned = abandonStale(job, now);
        if (resumed.isEmpty() && JobRun.SCHEDULE.equals(startedBy)) {
            resumed = abandoned.stream()
                    .filter(run -> run.checkpoint().isPresent())
                    .max(Comparator.comparing(JobRun::startedAt));
        }
        JobRun run = new JobRun(job, node, startedBy, resumed, now);
        runs.add(run);
        return Optional.of(new Ticket(run.id(), job, holder, run.checkpoint()));
    }

    private List<JobRun> abandonStale(JobName job, Instant now) {
        Instant stale = now.minus(lease);
        List<JobRun> abandoned = runs.running(job).stream()
                .filter(run -> run.heartbeatAt().isBefore(stale))
                .toList();
        abandoned.forEach(run -> run.abandoned(now));
        return abandoned;
    }

    /** The server's batch execution that does the run's work. */
    public void runsAs(long runId, long executionId) {
        run(runId).runsAs(executionId);
    }

    /**
     * Records what the run did since it last reported (added to its counts) and the position reached, and renews
     * its lease: in the transaction of the work itself, so the position and the work commit together.
     *
     * @throws LeaseLostException when another node took the lease meanwhile (this node stalled for longer than the
     *         lease): the work must stop, and its transaction roll back
     */
    public void progressed(long runId, String holder, int read, int written, int skipped, Optional<String> position) {
        progressed(runId, holder, read, written, skipped, recorded -> position.or(() -> recorded));
    }

    /**
     * As {@link #progressed(long, String, int, int, int, Optional)}, with the position worked out from the one
     * recorded: the run's row is read afresh and locked for the rest of the transaction, so the partitions of one
     * step, each reporting its own progress on the one run, add to its counts and positions in turn.
     */
    public void progressed(long runId, String holder, int read, int written, int skipped,
                           UnaryOperator<Optional<String>> advance) {
        JobRun run = runs.lockedById(runId)
                .orElseThrow(() -> new IllegalArgumentException("There is no job run " + runId + "."));
        Instant now = leases.now();
        if (run.status() != JobRunStatus.RUNNING || !leases.take(run.job(), holder, now, now.plus(lease))) {
            throw new LeaseLostException(run.job(), runId);
        }
        run.progressed(run.readCount() + read, run.writtenCount() + written, run.skippedCount() + skipped,
                advance.apply(run.checkpoint()), now);
    }

    /**
     * Ends the run and gives its lease back. A run another node has marked ABANDONED meanwhile stays so.
     *
     * @return whether the run was still this node's to end
     */
    public boolean ended(long runId, String holder, JobRunStatus outcome, String exitStatus) {
        JobRun run = run(runId);
        leases.release(run.job(), holder);
        if (run.status() != JobRunStatus.RUNNING) {
            return false;
        }
        run.ended(outcome, exitStatus, leases.now());
        return true;
    }

    /** The job of the run if it can be restarted (it FAILED or was ABANDONED), else empty. */
    public Optional<JobName> restartableJob(long runId) {
        return runs.byId(runId).filter(JobRun::isRestartable).map(JobRun::job);
    }

    /** The position the run has reached, or started from. */
    public Optional<String> checkpointOf(long runId) {
        return run(runId).checkpoint();
    }

    private JobRun run(long runId) {
        return runs.byId(runId).orElseThrow(() -> new IllegalArgumentException("There is no job run " + runId + "."));
    }

    private static String token() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
