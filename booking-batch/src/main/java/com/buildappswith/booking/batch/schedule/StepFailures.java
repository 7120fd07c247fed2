package com.buildappswith.booking.batch.schedule;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Every step's listener in the scheduled jobs: hands the exception a step stopped on to {@link RunRecorder}, since
 * batch runtimes differ in what the job's status reads while the job's own listener runs.
 */
@Named
@Dependent
public class StepFailures extends AbstractStepListener {

    @Inject
    private JobContext jobContext;

    @Inject
    private StepContext stepContext;

    @Override
    public void afterStep() {
        Exception failure = stepContext.getException();
        if (failure != null) {
            jobContext.setTransientUserData(new StepFailure(stepContext.getStepName(), failure.toString()));
        }
    }

    /** The step that failed and what it failed on. */
    record StepFailure(String step, String problem) {

        @Override
        public String toString() {
            return "step " + step + " failed: " + problem;
        }
    }
}
