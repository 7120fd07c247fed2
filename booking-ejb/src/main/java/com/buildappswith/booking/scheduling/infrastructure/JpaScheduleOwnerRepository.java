package com.buildappswith.booking.scheduling.infrastructure;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Optional;

/** Builders' profile rows as scheduling reads and locks them, through the transaction's entity manager. */
@ApplicationScoped
public class JpaScheduleOwnerRepository implements ScheduleOwnerRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaScheduleOwnerRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaScheduleOwnerRepository() {
        this(null);
    }

    @Override
    public Optional<BuilderProfile> ofAccount(Account account) {
        return entityManager.createQuery("select b from BuilderProfile b where b.account = :account",
                        BuilderProfile.class)
                .setParameter("account", account)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long lockForBooking(BuilderProfile builder) {
        long version = ((Number) entityManager.createNamedQuery(BuilderProfile.LOCK)
                .setParameter(1, builder.id())
                .getSingleResult()).longValue();
        if (version != builder.version()) {
            entityManager.refresh(builder);
        }
        return version;
    }

    @Override
    public void lockForChangeOfHours(BuilderProfile builder) {
        entityManager.lock(builder, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void lockForChangeOfSessionTypes(BuilderProfile builder) {
        entityManager.lock(builder, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
