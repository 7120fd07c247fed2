package com.buildappswith.booking.jobs.infrastructure;

import com.buildappswith.booking.jobs.model.JobHistoryRepository;
import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.jobs.model.JobRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The jobs' run history and leases in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaJobHistoryRepository implements JobHistoryRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaJobHistoryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaJobHistoryRepository() {
        this(null);
    }

    @Override
    public List<JobRun> latestRuns(JobName job, int limit) {
        return entityManager.createQuery("select r from JobRun r where r.job = :job order by r.startedAt desc, r.id desc",
                        JobRun.class)
                .setParameter("job", job)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<JobRun> find(long runId) {
        return Optional.ofNullable(entityManager.find(JobRun.class, runId));
    }

    /**
     * Compared with the database's clock, as the lease is taken ({@code until < now()}), so a node whose clock runs
     * apart from the database's is not shown as running a job it does not hold. A lease row has no entity: the jobs
     * take and renew it with single UPDATEs.
     */
    @Override
    public Map<JobName, String> leasesHeld() {
        Map<JobName, String> held = new EnumMap<>(JobName.class);
        List<?> rows = entityManager.createNativeQuery("SELECT job_name, owner FROM job_lease "
                + "WHERE owner IS NOT NULL AND until > CURRENT_TIMESTAMP").getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            known((String) columns[0]).ifPresent(job -> held.put(job, (String) columns[1]));
        }
        return held;
    }

    private static Optional<JobName> known(String name) {
        try {
            return Optional.of(JobName.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
