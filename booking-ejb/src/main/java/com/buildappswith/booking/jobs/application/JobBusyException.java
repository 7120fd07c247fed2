package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/** A job was asked to run while a run of it is in progress on some node. */
public class JobBusyException extends DomainException {

    public JobBusyException(JobName job) {
        super(ProblemType.CONFLICT, "The " + job.jobXml() + " job is running now; try again when it has finished.");
    }
}
