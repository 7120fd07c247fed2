package com.buildappswith.booking.batch.importbuilders;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/** Puts the run's tally in the job's exit status, where operators and the admin console can read it. */
@Named
@Dependent
public class ImportReport extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(ImportReport.class.getName());

    @Inject
    private StepContext stepContext;

    @Inject
    private JobContext jobContext;

    @Override
    public void afterStep() {
        String summary = "Builder import: " + ImportTally.of(stepContext);
        jobContext.setExitStatus(summary);
        LOG.info(summary);
    }
}
