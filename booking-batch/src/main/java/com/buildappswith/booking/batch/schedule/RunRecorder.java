package com.buildappswith.booking.batch.schedule;

import com.buildappswith.booking.jobs.application.JobLedger;
import com.buildappswith.booking.jobs.model.JobRunStatus;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Every scheduled job's listener: notes the batch execution in the run's row when the job begins, and at its end
 * ends the run with its outcome and exit status and gives the lease back. A job that stopped on an exception keeps
 * the exception's message as its exit status, so the console says why.
 */
@Named
@Dependent
public class RunRecorder implements JobListener {

    private static final Logger LOG = Logger.getLogger(RunRecorder.class.getName());
    /** While this listener runs the job may still read STARTED when it went well (JBeret sets COMPLETED after it). */
    private static final Set<BatchStatus> FAILING = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPING,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    @Inject
    private JobContext jobContext;

    @EJB
    private JobLedger ledger;

    @Override
    public void beforeJob() {
        ledger.runsAs(RunParameters.of(jobContext).runId(), jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        RunParameters run = RunParameters.of(jobContext);
        boolean failed = jobContext.getTransientUserData() instanceof StepFailures.StepFailure
                || FAILING.contains(jobContext.getBatchStatus());
        String exit = jobContext.getTransientUserData() instanceof StepFailures.StepFailure failure
                ? failure.toString()
                : Objects.requireNonNullElse(jobContext.getExitStatus(), failed ? "FAILED" : "COMPLETED");
        if (!ledger.ended(run.runId(), run.holder(), failed ? JobRunStatus.FAILED : JobRunStatus.COMPLETED,
                exit)) {
            LOG.warning(() -> "Run " + run.runId() + " of " + jobContext.getJobName() + " ended after another node "
                    + "had marked it abandoned; its record stays so.");
        }
    }
}
