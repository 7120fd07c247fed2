package com.buildappswith.booking.batch.importbuilders;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.DemoAccounts;
import com.buildappswith.booking.profile.model.DemoSignIn;
import com.buildappswith.booking.scheduling.application.DemoCancellationPolicy;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.StartUpProblems;
import com.buildappswith.booking.shared.persistence.DatabaseMigrated;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Loads the demo builders when {@code BOOKING_DEMO_DATA} is on, each time the database is ready, and then lets the
 * documented demo builder sign in and gives one of their session types the demo's second cancellation policy. The
 * job is idempotent, so a restart adds nothing, and two nodes importing at once wait for each other. It starts from
 * a timer rather than inline because batch runtimes cannot always start jobs while the application is being
 * deployed. Like every start-up step it never takes the node down: what it cannot do goes to
 * {@link StartUpProblems}.
 */
@Singleton
@PermitAll
public class DemoData {

    static final String JOB = "import-builders";
    private static final String STEP = "demo builders";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final long POLL_MILLIS = 1000;

    @Resource
    private TimerService timerService;

    @EJB
    private AccountService accounts;

    @EJB
    private DemoCancellationPolicy demoPolicy;

    @Inject
    private StartUpProblems problems;

    public void onDatabaseReady(@Observes DatabaseMigrated migrated) {
        problems.clear(STEP);
        try {
            if (Settings.fromSystem().isEnabled(Setting.DEMO_DATA)) {
                timerService.createSingleActionTimer(1, new TimerConfig(null, false));
            }
        } catch (InvalidSettingException e) {
            problems.report(STEP, "not loaded: " + e.getMessage());
        }
    }

    /** First tick starts the job; later ticks (carrying its execution id) wait for it to end. */
    @Timeout
    void importDemoBuilders(Timer timer) {
        if (timer.getInfo() instanceof Long execution) {
            finishWhenDone(timer, execution);
            return;
        }
        long execution = BatchRuntime.getJobOperator().start(JOB, new Properties());
        LOG.info(() -> "Demo data is on: started " + JOB + " (execution " + execution + ")");
        timerService.createIntervalTimer(POLL_MILLIS, POLL_MILLIS, new TimerConfig(execution, false));
    }

    private void finishWhenDone(Timer timer, long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(executionId);
        if (execution.getEndTime() == null) {
            return;
        }
        timer.cancel();
        LOG.info(() -> "Demo data loaded: " + execution.getExitStatus());
        try {
            Optional<DemoSignIn> signIn = accounts.takeDemoSignIn(DemoAccounts.BUILDER, DemoAccounts.PASSWORD);
            if (signIn.isEmpty()) {
                problems.report(STEP, DemoAccounts.BUILDER + " was not imported, so it has no demo sign-in.");
            } else if (signIn.get() == DemoSignIn.NOT_THE_DEMOS) {
                problems.report(STEP, DemoAccounts.BUILDER + " has a sign-in of its own, not the demo data's, so the "
                        + "demo password does not open it.");
            }
        } catch (RuntimeException e) {
            problems.report(STEP, "the demo builder's sign-in failed: " + e);
        }
        try {
            if (!demoPolicy.apply()) {
                problems.report(STEP, DemoAccounts.BUILDER + " offers no session type the demo's second "
                        + "cancellation policy could be given to.");
            }
        } catch (RuntimeException e) {
            problems.report(STEP, "the demo's second cancellation policy failed: " + e);
        }
    }
}
