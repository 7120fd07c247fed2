package com.buildappswith.booking.batch.deadlines;

import com.buildappswith.booking.batch.schedule.RunParameters;
import com.buildappswith.booking.jobs.application.JobWork;
import com.buildappswith.booking.payment.application.Payments;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Closes the checkouts of lapsed holds and retries owed refunds: the payment domain's sweep, as it always was. */
@Named
@Dependent
public class PaymentSweep extends AbstractBatchlet {

    @Inject
    private JobContext jobContext;

    @EJB
    private Payments payments;

    @EJB
    private JobWork work;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(jobContext);
        int handled = payments.sweepDeadlines();
        work.progressed(run.runId(), run.holder(), handled, handled, 0);
        return "swept " + handled;
    }
}
