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

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/** Builders' weekly hours and exceptions in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaAvailabilityRepository implements AvailabilityRepository {

    private static final Logger LOG = Logger.getLogger(JpaAvailabilityRepository.class.getName());
    /** The unreadable rows already reported, so that each is logged once, not at every search. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private final EntityManager entityManager;

    @Inject
    public JpaAvailabilityRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaAvailabilityRepository() {
        this(null);
    }

    /**
     * The builder's entries that the model accepts. A row it refuses (written past the database's checks, or before
     * they existed) is left out and reported once in the log, so that one bad row does not fail every search and
     * booking of the builder; the database's constraints keep new ones out.
     */
    @Override
    public StoredAvailability of(BuilderProfile builder) {
        List<StoredWeeklyRange> weekly = entityManager.createQuery("""
                        select w.id, w.dayOfWeek, w.start, w.end, w.validFrom, w.validUntil
                        from WeeklyAvailability w where w.builder = :builder""", Object[].class)
                .setParameter("builder", builder)
                .getResultStream()
                .flatMap(row -> readable("weekly_availability", (Long) row[0], () -> new StoredWeeklyRange(
                        (Long) row[0], (DayOfWeek) row[1], (LocalTime) row[2], (LocalTime) row[3], (LocalDate) row[4],
                        (LocalDate) row[5])).stream())
                .toList();
        List<AvailabilityException> exceptions = entityManager.createQuery(
                        "select e from AvailabilityException e where e.builder = :builder", AvailabilityException.class)
                .setParameter("builder", builder)
                .getResultStream()
                .filter(exception -> readable("availability_exception", exception.id(), () -> {
                    exception.checkReadable();
                    return exception;
                }).isPresent())
                .toList();
        return new StoredAvailability(builder.timezone(), weekly, exceptions);
    }

    private static <T> Optional<T> readable(String table, Long id, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (RuntimeException e) {
            if (REPORTED.add(table + " " + id)) {
                LOG.warning(() -> "Left out " + table + " row " + id + ", which the application cannot read: "
                        + e.getMessage() + " Correct or delete the row.");
            }
            return Optional.empty();
        }
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
