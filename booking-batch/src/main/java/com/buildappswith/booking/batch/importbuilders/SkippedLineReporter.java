package com.buildappswith.booking.batch.importbuilders;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/** Reports every skipped line with its number and reason, so whoever imports can fix the file. */
@Named
@Dependent
public class SkippedLineReporter implements SkipProcessListener, SkipReadListener {

    private static final Logger LOG = Logger.getLogger(SkippedLineReporter.class.getName());

    @Inject
    private StepContext stepContext;

    @Override
    public void onSkipProcessItem(Object item, Exception problem) {
        report(problem);
    }

    @Override
    public void onSkipReadItem(Exception problem) {
        report(problem);
    }

    private void report(Exception problem) {
        ImportTally tally = ImportTally.of(stepContext);
        tally.skipped();
        tally.saveTo(stepContext);
        LOG.warning(() -> "Builder import skipped " + problem.getMessage());
    }
}
