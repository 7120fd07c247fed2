package com.buildappswith.booking.jobs.model;

import java.util.List;
import java.util.Optional;

/** The application's own history of job runs ({@code job_run}). */
public interface JobRunRepository {

    void add(JobRun run);

    Optional<JobRun> byId(long runId);

    /** The run as the database has it now, its row locked until the transaction ends. */
    Optional<JobRun> lockedById(long runId);

    /** The runs of {@code job} still RUNNING, oldest first. */
    List<JobRun> running(JobName job);
}
