package com.buildappswith.booking.jobs.infrastructure;

import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.jobs.model.JobRun;
import com.buildappswith.booking.jobs.model.JobRunRepository;
import com.buildappswith.booking.jobs.model.JobRunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Job runs in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaJobRunRepository implements JobRunRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaJobRunRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaJobRunRepository() {
        this(null);
    }

    @Override
    public void add(JobRun run) {
        entityManager.persist(run);
        entityManager.flush();
    }

    @Override
    public Optional<JobRun> byId(long runId) {
        return Optional.ofNullable(entityManager.find(JobRun.class, runId));
    }

    @Override
    public Optional<JobRun> lockedById(long runId) {
        return Optional.ofNullable(entityManager.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE,
                Map.of(QueryHints.REFRESH, HintValues.TRUE)));
    }

    @Override
    public List<JobRun> running(JobName job) {
        return entityManager.createQuery("""
                        select r from JobRun r where r.job = :job and r.status = :running
                        order by r.startedAt, r.id""", JobRun.class)
                .setParameter("job", job)
                .setParameter("running", JobRunStatus.RUNNING)
                .getResultList();
    }
}
