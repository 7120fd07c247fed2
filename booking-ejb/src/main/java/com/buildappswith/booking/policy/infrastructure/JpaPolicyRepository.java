package com.buildappswith.booking.policy.infrastructure;

import com.buildappswith.booking.policy.model.BookingSettings;
import com.buildappswith.booking.policy.model.CancellationPolicy;
import com.buildappswith.booking.policy.model.PoliciesInForce;
import com.buildappswith.booking.policy.model.PolicyRefusedException;
import com.buildappswith.booking.policy.model.PolicyRepository;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Policies and the site's settings row in the application's database, through the transaction's entity manager.
 * Neither entity has relations, so locking one with a pessimistic lock mode reloads nothing else.
 */
@ApplicationScoped
public class JpaPolicyRepository implements PolicyRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaPolicyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaPolicyRepository() {
        this(null);
    }

    @Override
    public Optional<CancellationPolicy> byId(long policyId) {
        return Optional.ofNullable(entityManager.find(CancellationPolicy.class, policyId));
    }

    @Override
    public Optional<CancellationPolicy> lockedById(long policyId) {
        return Optional.ofNullable(entityManager.find(CancellationPolicy.class, policyId,
                LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<CancellationPolicy> byName(String name) {
        return entityManager.createQuery("select p from CancellationPolicy p where lower(p.terms.name) = :name",
                        CancellationPolicy.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CancellationPolicy> all() {
        return entityManager.createQuery("select p from CancellationPolicy p order by p.terms.name",
                CancellationPolicy.class).getResultList();
    }

    @Override
    public List<CancellationPolicy> published() {
        return entityManager.createQuery(
                "select p from CancellationPolicy p where p.published = true order by p.terms.name",
                CancellationPolicy.class).getResultList();
    }

    @Override
    public void add(CancellationPolicy policy) {
        entityManager.persist(policy);
        writeNow();
    }

    @Override
    public void writeNow() {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            // Two admins giving policies the same name at once: the second is told, as by the check before.
            if (DatabaseFailure.of(e).filter(kind -> kind == DatabaseFailure.TAKEN).isPresent()) {
                throw new PolicyRefusedException(ProblemType.CONFLICT,
                        "Another policy took this name a moment ago: choose another name.");
            }
            throw DatabaseFailure.behind(e).orElseThrow(() -> e);
        }
    }

    @Override
    public BookingSettings settings() {
        return present(entityManager.find(BookingSettings.class, BookingSettings.THE_ROW));
    }

    @Override
    public PoliciesInForce inForce(Optional<Long> chosen) {
        TypedQuery<Object[]> query = entityManager.createQuery("select s, p from BookingSettings s"
                        + " left join CancellationPolicy p on p.id = s.defaultPolicyId"
                        + (chosen.isPresent() ? " or p.id = :chosen" : "")
                        + " where s.id = :row", Object[].class)
                .setParameter("row", BookingSettings.THE_ROW);
        chosen.ifPresent(id -> query.setParameter("chosen", id));
        List<Object[]> rows = query.getResultList();
        BookingSettings settings = present(rows.isEmpty() ? null : (BookingSettings) rows.get(0)[0]);
        Map<Long, CancellationPolicy> read = new HashMap<>();
        for (Object[] row : rows) {
            if (row[1] instanceof CancellationPolicy policy) {
                read.put(policy.id(), policy);
            }
        }
        CancellationPolicy siteDefault = Optional.ofNullable(read.get(settings.defaultPolicyId()))
                .orElseThrow(() -> new IllegalStateException("The site's default policy "
                        + settings.defaultPolicyId() + " is missing, which its foreign key forbids."));
        return new PoliciesInForce(settings, siteDefault, chosen.map(read::get));
    }

    @Override
    public BookingSettings lockedSettings() {
        return present(entityManager.find(BookingSettings.class, BookingSettings.THE_ROW,
                LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Migration V7 writes the one settings row and nothing deletes it; should someone have, no booking can take
     * terms or limits, and saying so (a 503 naming the row) beats guessing a default policy the admins never chose.
     */
    private static BookingSettings present(BookingSettings settings) {
        if (settings == null) {
            throw new PolicyRefusedException(ProblemType.UNAVAILABLE, "The site's booking settings are missing: the "
                    + "booking_settings row (id " + BookingSettings.THE_ROW + ") is gone from the database; restore it "
                    + "(migration V7 wrote it) before anyone books.");
        }
        return settings;
    }

    @Override
    public Optional<Optional<Long>> policyOfSessionType(long sessionTypeId) {
        List<Long> chosen = entityManager.createQuery("select t.policyId from SessionType t where t.id = :id",
                        Long.class)
                .setParameter("id", sessionTypeId)
                .getResultList();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(chosen.get(0)));
    }
}
