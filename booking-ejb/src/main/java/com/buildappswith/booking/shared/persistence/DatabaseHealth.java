package com.buildappswith.booking.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Answers "can the application use its database right now?" by asking the database, not a cached flag. The reason
 * it cannot (which names the database, its host and user) is logged once each time it changes, since load balancers
 * ask every few seconds; callers decide who may see it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseHealth {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 3;
    /** The problem this node reported last (without its timings), or null while the database was usable. */
    private static final AtomicReference<String> LAST_PROBLEM = new AtomicReference<>();

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private DatabaseMigration migration;

    public DatabaseStatus check() {
        DatabaseStatus status = probe();
        String problem = status.problem().orElse(null);
        String before = LAST_PROBLEM.getAndSet(problem == null ? null : DatabaseProbe.withoutTimings(problem));
        if (problem != null && !DatabaseProbe.withoutTimings(problem).equals(before)) {
            LOG.warning(() -> "Database unavailable: " + problem);
        } else if (problem == null && before != null) {
            LOG.info("Database usable again");
            RefusalLog.DATABASE.flush();
        }
        return status;
    }

    private DatabaseStatus probe() {
        DatabaseStatus schema = migration.status();
        if (!schema.usable()) {
            return schema;
        }
        return new DatabaseProbe(dataSource::getConnection, VALIDATION_TIMEOUT_SECONDS, System::nanoTime).probe();
    }
}
