package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.jobs.model.JobRun;
import com.buildappswith.booking.jobs.model.JobRunStatus;

import java.time.Instant;
import java.util.Optional;

/** One run of a job as the console lists it: where and by whom it started, when it ran, how it ended, what it did. */
public record JobRunView(long id, JobName job, String node, String startedBy, JobRunStatus status, Instant startedAt,
                         Optional<Instant> endedAt, int readCount, int writtenCount, int skippedCount,
                         Optional<String> exitStatus, Optional<Long> restartOf, boolean restartable) {

    static JobRunView of(JobRun run) {
        return new JobRunView(run.id(), run.job(), run.node(), run.startedBy(), run.status(), run.startedAt(),
                run.endedAt(), run.readCount(), run.writtenCount(), run.skippedCount(), run.exitStatus(),
                run.restartOf(), run.isRestartable());
    }
}
