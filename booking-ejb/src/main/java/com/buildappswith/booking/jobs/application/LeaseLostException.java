package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.model.JobName;

/**
 * A run found its job's lease in another node's hands (it stalled for longer than the lease lasts), or itself
 * ended: it must stop, so two nodes never go on working at once.
 */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(JobName job, long runId) {
        super("Run " + runId + " of " + job.jobXml() + " lost its lease to another node; it stops here.");
    }
}
