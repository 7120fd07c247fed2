package com.buildappswith.booking.batch.deadlines;

import com.buildappswith.booking.batch.schedule.RunParameters;
import com.buildappswith.booking.jobs.application.JobWork;
import com.buildappswith.booking.profile.application.Throttles;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.function.IntUnaryOperator;

/**
 * Deletes the rows that say nothing any more: the sign-in and registration throttles' (failures forgotten, waits over,
 * registrations older than an hour) and the booking requests' idempotency keys older than a day. A batch per
 * transaction and at most {@value #MOST_BATCHES} batches of each a run, so that a flood of new rows is worked off over
 * the next runs rather than in one long one.
 */
@Named
@Dependent
public class ForgottenRows extends AbstractBatchlet {

    static final int BATCH = 500;
    static final int MOST_BATCHES = 20;

    @Inject
    private JobContext jobContext;

    @EJB
    private JobWork work;

    @EJB
    private Throttles throttles;

    @EJB
    private BookingManagement bookings;

    private volatile boolean stopped;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(jobContext);
        int throttleRows = forget(run, throttles::forgetOldRows);
        int keys = forget(run, bookings::forgetOldIdempotencyKeys);
        return (stopped ? "stopped after forgetting " : "forgot ") + throttleRows + " throttle rows and " + keys
                + " idempotency keys";
    }

    /** Runs {@code forgetBatch} (given the most it may delete, it says how many it did) until it runs out. */
    private int forget(RunParameters run, IntUnaryOperator forgetBatch) {
        int forgotten = 0;
        for (int batch = 0; batch < MOST_BATCHES && !stopped; batch++) {
            int deleted = forgetBatch.applyAsInt(BATCH);
            forgotten += deleted;
            work.progressed(run.runId(), run.holder(), deleted, deleted, 0);
            if (deleted < BATCH) {
                break;
            }
        }
        return forgotten;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
