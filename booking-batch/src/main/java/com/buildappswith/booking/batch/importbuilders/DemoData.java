package com.buildappswith.booking.batch.importbuilders;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.DemoAccounts;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
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

import java.util.Properties;
import java.util.logging.Logger;

/**
 * Loads the demo builders when {@code BOOKING_DEMO_DATA} is on, each time the database is ready, and then lets the
 * documented demo builder sign in. The job is idempotent, so a restart adds nothing. It starts from a timer
 * rather than inline because batch runtimes cannot always start jobs while the application is being deployed.
 */
@Singleton
@PermitAll
public class DemoData {

    static final String JOB = "import-builders";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final long POLL_MILLIS = 1000;

    @Resource
    private TimerService timerService;

    @EJB
    private AccountService accounts;

    public void onDatabaseReady(@Observes DatabaseMigrated migrated) {
        try {
            if (Settings.fromSystem().isEnabled(Setting.DEMO_DATA)) {
                timerService.createSingleActionTimer(1, new TimerConfig(null, false));
            }
        } catch (InvalidSettingException e) {
            LOG.severe(() -> "Demo data not loaded: " + e.getMessage());
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
        accounts.ensurePassword(DemoAccounts.BUILDER, DemoAccounts.PASSWORD);
        LOG.info(() -> "Demo data loaded: " + execution.getExitStatus());
    }
}
