package com.buildappswith.booking.scheduling.infrastructure;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.AvailabilityException;
import com.buildappswith.booking.scheduling.model.AvailabilityRepository;
import com.buildappswith.booking.scheduling.model.StoredAvailability;
import com.buildappswith.booking.scheduling.model.StoredWeeklyRange;
import com.buildappswith.booking.scheduling.model.WeeklyAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** Builders' weekly hours and exceptions in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaAvailabilityRepository implements AvailabilityRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaAvailabilityRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaAvailabilityRepository() {
        this(null);
    }

    @Override
    public StoredAvailability of(BuilderProfile builder) {
        List<StoredWeeklyRange> weekly = entityManager.createQuery("""
                        select new com.buildappswith.booking.scheduling.model.StoredWeeklyRange(
                            w.id, w.dayOfWeek, w.start, w.end, w.validFrom, w.validUntil)
                        from WeeklyAvailability w where w.builder = :builder""", StoredWeeklyRange.class)
                .setParameter("builder", builder)
                .getResultList();
        List<AvailabilityException> exceptions = entityManager.createQuery(
                        "select e from AvailabilityException e where e.builder = :builder", AvailabilityException.class)
                .setParameter("builder", builder)
                .getResultList();
        return new StoredAvailability(builder.timezone(), weekly, exceptions);
    }

    @Override
    public Optional<WeeklyAvailability> weeklyHours(long weeklyHoursId) {
        return Optional.ofNullable(entityManager.find(WeeklyAvailability.class, weeklyHoursId));
    }

    @Override
    public Optional<AvailabilityException> exception(long exceptionId) {
        return Optional.ofNullable(entityManager.find(AvailabilityException.class, exceptionId));
    }

    @Override
    public void add(WeeklyAvailability hours) {
        entityManager.persist(hours);
        entityManager.flush();
    }

    @Override
    public void add(AvailabilityException exception) {
        entityManager.persist(exception);
        entityManager.flush();
    }

    @Override
    public void remove(WeeklyAvailability hours) {
        entityManager.remove(hours);
        entityManager.flush();
    }

    @Override
    public void remove(AvailabilityException exception) {
        entityManager.remove(exception);
        entityManager.flush();
    }
}
