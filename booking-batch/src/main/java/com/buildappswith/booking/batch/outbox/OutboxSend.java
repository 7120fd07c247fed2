package com.buildappswith.booking.batch.outbox;

import com.buildappswith.booking.batch.schedule.RunParameters;
import com.buildappswith.booking.jobs.application.JobWork;
import com.buildappswith.booking.notification.application.DeliveryTally;
import com.buildappswith.booking.notification.application.OutboxDelivery;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Sends the due messages a batch at a time until none is left or the run has sent its share; the rest waits for the
 * next tick, so one run never holds the lease for long. Each batch is claimed, sent and recorded by the delivery
 * itself (claims taken with SKIP LOCKED), and its counts go to the run with a renewal of the lease.
 */
@Named
@Dependent
public class OutboxSend extends AbstractBatchlet {

    static final int BATCH = 50;
    /** At most this many batches a run: a backlog of thousands drains over a few ticks, not in one long run. */
    static final int MOST_BATCHES = 40;

    @Inject
    private JobContext jobContext;

    @EJB
    private OutboxDelivery delivery;

    @EJB
    private JobWork work;

    private volatile boolean stopped;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(jobContext);
        int sent = 0;
        int waiting = 0;
        int failed = 0;
        int batches = 0;
        DeliveryTally tally;
        do {
            tally = delivery.deliverDue(BATCH);
            batches++;
            sent += tally.sent();
            waiting += tally.retrying();
            failed += tally.failed();
            if (tally.claimed() > 0) {
                work.progressed(run.runId(), run.holder(), tally.claimed(), tally.sent(),
                        tally.retrying() + tally.failed());
            }
        } while (tally.claimed() == BATCH && tally.handled() > 0 && batches < MOST_BATCHES && !stopped);
        return "sent " + sent + ", to try again " + waiting + ", given up " + failed;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
