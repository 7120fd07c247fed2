package com.buildappswith.booking.policy.infrastructure;

import com.buildappswith.booking.policy.model.AdminAuditEntry;
import com.buildappswith.booking.policy.model.AdminAuditRepository;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The admin audit log in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaAdminAuditRepository implements AdminAuditRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaAdminAuditRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaAdminAuditRepository() {
        this(null);
    }

    @Override
    public void add(AdminAuditEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public Page<AdminAuditEntry> recent(AuditArea area, int offset, int limit) {
        long total = entityManager.createQuery("select count(e) from AdminAuditEntry e where e.area = :area",
                        Long.class)
                .setParameter("area", area)
                .getSingleResult();
        return new Page<>(entityManager.createQuery(
                        "select e from AdminAuditEntry e where e.area = :area order by e.at desc, e.id desc",
                        AdminAuditEntry.class)
                .setParameter("area", area)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList(), total, offset, limit);
    }
}
