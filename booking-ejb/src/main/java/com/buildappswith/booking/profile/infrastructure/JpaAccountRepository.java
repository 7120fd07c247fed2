package com.buildappswith.booking.profile.infrastructure;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.profile.model.ProvisionedBy;
import com.buildappswith.booking.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Accounts in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private static final String MATCHING = """
            from Account a where a.emailNormalized like :text or lower(a.displayName) like :text""";

    private final EntityManager entityManager;

    @Inject
    public JpaAccountRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaAccountRepository() {
        this(null);
    }

    @Override
    public Optional<Account> byId(long id) {
        return Optional.ofNullable(entityManager.find(Account.class, id));
    }

    @Override
    public Optional<Account> byEmail(String email) {
        return entityManager.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalize(email))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> lockActive(String principalName) {
        return entityManager.createNamedQuery(Account.LOCK_ACTIVE_BY_EMAIL, Account.class)
                .setParameter(1, Account.normalize(principalName))
                .getResultStream()
                .findFirst();
    }

    @Override
    public void lock(Account account) {
        entityManager.createNamedQuery(Account.LOCK).setParameter(1, account.id()).getSingleResult();
    }

    @Override
    public List<Account> provisionedBy(ProvisionedBy step) {
        return entityManager.createNamedQuery(Account.PROVISIONED_BY, Account.class)
                .setParameter("provisionedBy", step)
                .getResultList();
    }

    @Override
    public Page<Account> search(String text, int offset, int limit) {
        String pattern = "%" + Objects.requireNonNullElse(text, "").strip().toLowerCase(Locale.ROOT) + "%";
        long total = entityManager.createQuery("select count(a) " + MATCHING, Long.class)
                .setParameter("text", pattern)
                .getSingleResult();
        return new Page<>(entityManager.createQuery("select a " + MATCHING + " order by a.emailNormalized",
                        Account.class)
                .setParameter("text", pattern)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Page.boundedLimit(limit))
                .getResultList(), total, offset, limit);
    }

    /** Flushes, so that an email stored meanwhile by someone else fails this call rather than the commit. */
    @Override
    public void add(Account account) {
        entityManager.persist(account);
        entityManager.flush();
    }
}
