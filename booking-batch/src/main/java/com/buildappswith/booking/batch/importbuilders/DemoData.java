package com.buildappswith.booking.batch.importbuilders;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.persistence.DatabaseMigrated;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;

import java.util.Properties;
import java.util.logging.Logger;

/**
 * Loads the demo builders when {@code BOOKING_DEMO_DATA} is on, each time the database is ready. The job is
 * idempotent, so a restart adds nothing. It starts from a timer rather than inline because batch runtimes
 * cannot always start jobs while the application is still being deployed.
 */
@Singleton
public class DemoData {

    static final String JOB = "import-builders";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Resource
    private TimerService timerService;

    public void onDatabaseReady(@Observes DatabaseMigrated migrated) {
        try {
            if (Settings.fromSystem().isEnabled(Setting.DEMO_DATA)) {
                timerService.createSingleActionTimer(1, new TimerConfig(null, false));
            }
        } catch (InvalidSettingException e) {
            LOG.severe(() -> "Demo data not loaded: " + e.getMessage());
        }
    }

    @Timeout
    void importDemoBuilders() {
        long execution = BatchRuntime.getJobOperator().start(JOB, new Properties());
        LOG.info(() -> "Demo data is on: started " + JOB + " (execution " + execution + ")");
    }
}
