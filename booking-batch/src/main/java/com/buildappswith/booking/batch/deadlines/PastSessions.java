package com.buildappswith.booking.batch.deadlines;

import com.buildappswith.booking.batch.schedule.RunParameters;
import com.buildappswith.booking.jobs.application.JobWork;
import com.buildappswith.booking.jobs.model.JobSchedule;
import com.buildappswith.booking.scheduling.application.BookingManagement;
import com.buildappswith.booking.shared.Settings;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.util.List;

/**
 * Marks COMPLETED, as the system, each confirmed session whose end lies longer ago than BOOKING_COMPLETE_AFTER:
 * each booking in a transaction of its own, under the same locks a person's change takes.
 */
@Named
@Dependent
public class PastSessions extends AbstractBatchlet {

    static final int PAGE = 100;

    @Inject
    private JobContext jobContext;

    @EJB
    private JobWork work;

    @EJB
    private BookingManagement bookings;

    private volatile boolean stopped;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(jobContext);
        Duration grace = new JobSchedule(Settings.fromSystem()).completeAfter();
        long after = 0;
        int completed = 0;
        List<Long> page = work.pastSessions(grace, after, PAGE);
        while (!page.isEmpty() && !stopped) {
            int done = 0;
            for (long bookingId : page) {
                if (bookings.completePastSession(bookingId, grace)) {
                    done++;
                }
            }
            completed += done;
            work.progressed(run.runId(), run.holder(), page.size(), done, page.size() - done);
            after = page.get(page.size() - 1);
            page = work.pastSessions(grace, after, PAGE);
        }
        return (stopped ? "stopped after completing " : "completed ") + completed;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
