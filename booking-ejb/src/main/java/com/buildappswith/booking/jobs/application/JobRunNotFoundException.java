package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;

/** No run of any job has the id asked for. */
public class JobRunNotFoundException extends DomainException {

    public JobRunNotFoundException(long id) {
        super(ProblemType.NOT_FOUND, "There is no job run " + id + ".");
    }
}
