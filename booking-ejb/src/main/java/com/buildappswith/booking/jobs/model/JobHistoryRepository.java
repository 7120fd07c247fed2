package com.buildappswith.booking.jobs.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The jobs' runs and leases as the admin console reads them. */
public interface JobHistoryRepository {

    /** The job's latest {@code limit} runs, latest start first. */
    List<JobRun> latestRuns(JobName job, int limit);

    Optional<JobRun> find(long runId);

    /** The jobs whose lease some node holds at the database's present moment, each with that node. */
    Map<JobName, String> leasesHeld();
}
