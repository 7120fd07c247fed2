package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.model.JobName;
import jakarta.ejb.Local;

/**
 * Starts the scheduled jobs on an admin's request. Implemented in the booking-batch module (next to the jobs and
 * their timers) and reached by the console through its EJB interface.
 */
@Local
public interface JobStarter {

    /**
     * Runs the job now on this node, as its schedule would, if no node holds its lease.
     *
     * @return the new run's id
     * @throws JobBusyException when a run of it is in progress on some node
     */
    long runNow(JobName job, String admin);

    /**
     * Runs a FAILED or ABANDONED run's job again from the position that run reached.
     *
     * @return the new run's id
     * @throws JobBusyException when a run of it is in progress on some node
     * @throws IllegalArgumentException when there is no such run or it cannot be restarted
     */
    long restart(long runId, String admin);
}
