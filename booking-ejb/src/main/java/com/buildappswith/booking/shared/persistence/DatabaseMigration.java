package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the versioned migrations ({@link SchemaMigrations}) when the application starts.
 * When the database cannot be reached the application still starts, so that health can say what is wrong; the
 * migration is retried until it succeeds, and {@link DatabaseMigrated} tells the rest of the application.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "com.buildappswith.booking.shared.persistence.ConfiguredDataSource",
        // Also the one connection property WildFly (IronJacamar) insists on for a DataSource class (IJ031103).
        loginTimeout = ConfiguredDataSource.LOGIN_TIMEOUT_SECONDS,
        minPoolSize = 0,
        maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/booking";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Resource
    private TimerService timerService;

    @Inject
    private Event<DatabaseMigrated> migrated;

    private volatile DatabaseStatus status = DatabaseStatus.down("the schema migration has not run yet");

    @PostConstruct
    void migrateAtStartup() {
        migrate();
    }

    @Timeout
    void retry() {
        migrate();
    }

    private void migrate() {
        try {
            int applied = SchemaMigrations.apply(dataSource, DatabaseTarget.from(Settings.fromSystem()).kind());
            status = DatabaseStatus.up();
            LOG.info(() -> "Database schema is current (" + applied + " migrations applied now)");
            announce();
        } catch (RuntimeException e) {
            String reason = ConfiguredDataSource.reasonFor(e);
            status = DatabaseStatus.down(reason);
            LOG.log(Level.SEVERE, "Database unavailable, retrying in " + RETRY_AFTER.toSeconds() + " s: " + reason);
            LOG.log(Level.FINE, "Migration failure", e);
            timerService.createSingleActionTimer(RETRY_AFTER.toMillis(), new TimerConfig(null, false));
        }
    }

    /**
     * Tells the start-up steps. Only a database that cannot be used fails the round (the persistence unit's login,
     * say): a step failing for a reason of its own must not take the node down, nor start the steps over every
     * 30 s, so it is logged and the node serves. Steps catch their own failures; this is the last resort.
     */
    private void announce() {
        try {
            migrated.fire(new DatabaseMigrated());
        } catch (RuntimeException e) {
            if (DatabaseUnavailableException.behind(e).isPresent()) {
                throw e;
            }
            LOG.log(Level.SEVERE, "A start-up step failed; the application serves without it", e);
        }
    }

    @Lock(LockType.READ)
    public DatabaseStatus status() {
        return status;
    }
}
