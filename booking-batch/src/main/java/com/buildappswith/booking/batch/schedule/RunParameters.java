package com.buildappswith.booking.batch.schedule;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

import java.util.Properties;

/**
 * The job parameters every scheduled job starts with: its run in {@code job_run} and the holder its lease is
 * renewed and given back as.
 */
public record RunParameters(long runId, String holder) {

    static final String RUN = "run";
    static final String HOLDER = "leaseHolder";

    Properties asProperties() {
        Properties properties = new Properties();
        properties.setProperty(RUN, Long.toString(runId));
        properties.setProperty(HOLDER, holder);
        return properties;
    }

    /** The parameters of the job execution {@code job} is. */
    public static RunParameters of(JobContext job) {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        String run = parameters.getProperty(RUN);
        String holder = parameters.getProperty(HOLDER);
        if (run == null || holder == null) {
            throw new IllegalStateException("Job " + job.getJobName() + " was started without its run; start it "
                    + "through its schedule or the admin console.");
        }
        return new RunParameters(Long.parseLong(run), holder);
    }
}
