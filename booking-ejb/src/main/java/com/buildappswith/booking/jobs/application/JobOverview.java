package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.model.JobName;

import java.util.List;
import java.util.Optional;

/** One job on the console: the node running it now (if any holds its lease) and its latest runs, latest first. */
public record JobOverview(JobName job, Optional<String> runningOn, List<JobRunView> latestRuns) {

    public JobOverview {
        latestRuns = List.copyOf(latestRuns);
    }

    public boolean runningNow() {
        return runningOn.isPresent();
    }
}
