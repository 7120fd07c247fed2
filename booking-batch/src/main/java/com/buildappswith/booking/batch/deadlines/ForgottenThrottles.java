package com.buildappswith.booking.batch.deadlines;

import com.buildappswith.booking.batch.schedule.RunParameters;
import com.buildappswith.booking.jobs.application.JobWork;
import com.buildappswith.booking.profile.application.Throttles;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Deletes the sign-in and registration throttles' rows that say nothing any more (failures forgotten, waits over,
 * registrations older than an hour), a batch per transaction and at most {@value #MOST_BATCHES} batches a run, so
 * that a flood of new keys is worked off over the next runs rather than in one long one.
 */
@Named
@Dependent
public class ForgottenThrottles extends AbstractBatchlet {

    static final int BATCH = 500;
    static final int MOST_BATCHES = 20;

    @Inject
    private JobContext jobContext;

    @EJB
    private JobWork work;

    @EJB
    private Throttles throttles;

    private volatile boolean stopped;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(jobContext);
        int forgotten = 0;
        for (int batch = 0; batch < MOST_BATCHES && !stopped; batch++) {
            int deleted = throttles.forgetOldRows(BATCH);
            forgotten += deleted;
            work.progressed(run.runId(), run.holder(), deleted, deleted, 0);
            if (deleted < BATCH) {
                break;
            }
        }
        return (stopped ? "stopped after forgetting " : "forgot ") + forgotten + " throttle rows";
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
