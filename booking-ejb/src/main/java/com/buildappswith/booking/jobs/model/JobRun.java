package com.buildappswith.booking.jobs.model;

import com.buildappswith.booking.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a scheduled job as the application records it: which node ran it, who started it (the schedule or an
 * admin), when it started and ended, how it ended, what it counted, and the position it had reached, which a
 * restart resumes from. The server's own batch repository is not used for this: Payara keeps one per instance and
 * WildFly one in memory.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

    public static final int MAX_EXIT_STATUS = 500;
    public static final int MAX_CHECKPOINT = 200;
    /** The starter of a run the schedule began. */
    public static final String SCHEDULE = "schedule";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
    @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_name", nullable = false, length = 40)
    private JobName job;

    @Column(nullable = false, length = 200)
    private String node;

    @Column(name = "started_by", nullable = false, length = 254)
    private String startedBy;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "restart_of")
    private Long restartOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JobRunStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "read_count", nullable = false)
    private int readCount;

    @Column(name = "written_count", nullable = false)
    private int writtenCount;

    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    @Column(name = "exit_status", length = MAX_EXIT_STATUS)
    private String exitStatus;

    @Column(length = MAX_CHECKPOINT)
    private String checkpoint;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Version
    private long version;

    protected JobRun() {
    }

    /**
     * A run that starts now on {@code node}.
     *
     * @param restartOf the run it resumes, whose checkpoint it starts from
     */
    public JobRun(JobName job, String node, String startedBy, Optional<JobRun> restartOf, Instant now) {
        this.job = Objects.requireNonNull(job, "The job is required.");
        this.node = Objects.requireNonNull(node, "The node is required.");
        this.startedBy = Objects.requireNonNull(startedBy, "Who started it is required.");
        this.restartOf = restartOf.map(JobRun::id).orElse(null);
        this.checkpoint = restartOf.flatMap(JobRun::checkpoint).orElse(null);
        this.status = JobRunStatus.RUNNING;
        this.startedAt = Objects.requireNonNull(now, "The time is required.");
        this.heartbeatAt = now;
    }

    /** The server's batch execution that does the work. */
    public void runsAs(long executionId) {
        this.executionId = executionId;
    }

    /** Progress: what it has read, written and skipped so far, the position reached, and that its node is alive. */
    public void progressed(int read, int written, int skipped, Optional<String> position, Instant at) {
        this.readCount = read;
        this.writtenCount = written;
        this.skippedCount = skipped;
        position.ifPresent(value -> this.checkpoint = Texts.fitted(value, MAX_CHECKPOINT));
        this.heartbeatAt = Objects.requireNonNull(at, "The time is required.");
    }

    /** It ended, COMPLETED or FAILED, with its exit status in words. */
    public void ended(JobRunStatus outcome, String exit, Instant at) {
        if (outcome != JobRunStatus.COMPLETED && outcome != JobRunStatus.FAILED) {
            throw new IllegalArgumentException(outcome + " is not how a run ends.");
        }
        end(outcome, exit, at);
    }

    /** Its node stopped beating: nobody is running it any more. */
    public void abandoned(Instant at) {
        end(JobRunStatus.ABANDONED, "its node stopped while it ran (last sign of life " + heartbeatAt + ")", at);
    }

    private void end(JobRunStatus outcome, String exit, Instant at) {
        if (status != JobRunStatus.RUNNING) {
            throw new IllegalStateException("Run " + id + " ended already (" + status + ").");
        }
        this.status = outcome;
        this.exitStatus = Texts.fitted(Objects.requireNonNullElse(exit, outcome.name()), MAX_EXIT_STATUS);
        this.endedAt = Objects.requireNonNull(at, "The time is required.");
    }

    /** Whether an admin may restart it: it did not complete. */
    public boolean isRestartable() {
        return status == JobRunStatus.FAILED || status == JobRunStatus.ABANDONED;
    }

    public Long id() {
        return id;
    }

    public JobName job() {
        return job;
    }

    public String node() {
        return node;
    }

    public String startedBy() {
        return startedBy;
    }

    public Optional<Long> executionId() {
        return Optional.ofNullable(executionId);
    }

    public Optional<Long> restartOf() {
        return Optional.ofNullable(restartOf);
    }

    public JobRunStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public int readCount() {
        return readCount;
    }

    public int writtenCount() {
        return writtenCount;
    }

    public int skippedCount() {
        return skippedCount;
    }

    public Optional<String> exitStatus() {
        return Optional.ofNullable(exitStatus);
    }

    public Optional<String> checkpoint() {
        return Optional.ofNullable(checkpoint);
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }
}
