package com.buildappswith.booking.batch.deadlines;

import com.buildappswith.booking.batch.schedule.RunParameters;
import com.buildappswith.booking.jobs.application.JobWork;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** Notes, once per start, the end of free cancellation of each confirmed booking whose window has closed. */
@Named
@Dependent
public class CancellationWindows extends AbstractBatchlet {

    static final int PAGE = 100;

    @Inject
    private JobContext jobContext;

    @EJB
    private JobWork work;

    private volatile boolean stopped;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(jobContext);
        long after = 0;
        int pages = 0;
        Optional<Long> last = work.closeWindows(after, PAGE, run.runId(), run.holder());
        while (last.isPresent() && !stopped) {
            pages++;
            last = work.closeWindows(last.get(), PAGE, run.runId(), run.holder());
        }
        return stopped ? "stopped" : "pages " + pages;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
