package com.buildappswith.booking.jobs.infrastructure;

import com.buildappswith.booking.jobs.model.JobLeases;
import com.buildappswith.booking.jobs.model.JobName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The lease rows, written with plain SQL (they are no entity: nothing but this UPDATE ever changes them). The row is
 * locked only for the moment of the UPDATE; no session-level lock is held, so it works through any connection pool
 * and on PostgreSQL and H2 alike.
 */
@ApplicationScoped
public class JpaJobLeases implements JobLeases {

    private final EntityManager entityManager;

    @Inject
    public JpaJobLeases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaJobLeases() {
        this(null);
    }

    @Override
    public Instant now() {
        Object now = entityManager.createNativeQuery("SELECT CURRENT_TIMESTAMP").getSingleResult();
        if (now instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (now instanceof Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("The database answered the time as " + now.getClass().getName());
    }

    @Override
    public boolean take(JobName job, String holder, Instant now, Instant until) {
        return entityManager.createNativeQuery("""
                        UPDATE job_lease SET owner = ?1, until = ?2
                        WHERE job_name = ?3 AND (owner IS NULL OR until < ?4 OR owner = ?1)""")
                .setParameter(1, holder)
                .setParameter(2, utc(until))
                .setParameter(3, job.name())
                .setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    @Override
    public void release(JobName job, String holder) {
        entityManager.createNativeQuery("""
                        UPDATE job_lease SET owner = NULL, until = NULL WHERE job_name = ?1 AND owner = ?2""")
                .setParameter(1, job.name())
                .setParameter(2, holder)
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
