package com.buildappswith.booking.scheduling.infrastructure;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SessionTypeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Session types in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaSessionTypeRepository implements SessionTypeRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaSessionTypeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaSessionTypeRepository() {
        this(null);
    }

    @Override
    public Optional<SessionType> byId(long sessionTypeId) {
        return Optional.ofNullable(entityManager.find(SessionType.class, sessionTypeId));
    }

    @Override
    public Optional<SessionType> withBuilder(long sessionTypeId) {
        return entityManager.createNamedQuery(SessionType.WITH_BUILDER, SessionType.class)
                .setParameter("id", sessionTypeId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<SessionType> named(String builderEmail, String name) {
        return entityManager.createQuery(
                        "select t from SessionType t where t.builder.account.email = :email and t.name = :name",
                        SessionType.class)
                .setParameter("email", builderEmail)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<SessionType> ownedBy(BuilderProfile builder) {
        return entityManager.createQuery("""
                        select t from SessionType t where t.builder = :builder
                        order by t.active desc, t.durationMinutes, t.name, t.id""", SessionType.class)
                .setParameter("builder", builder)
                .getResultList();
    }

    @Override
    public List<SessionType> offeredBy(Collection<Long> builderIds) {
        if (builderIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select t from SessionType t
                        where t.builder.id in :builders and t.active = true
                        order by t.durationMinutes, t.name""", SessionType.class)
                .setParameter("builders", builderIds)
                .getResultList();
    }

    @Override
    public void refresh(SessionType type) {
        entityManager.refresh(type);
    }

    @Override
    public void add(SessionType type) {
        entityManager.persist(type);
        entityManager.flush();
    }
}
