package com.buildappswith.booking.profile.infrastructure;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/** Accounts in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

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
    public Optional<Account> byEmail(String email) {
        return entityManager.createQuery("select a from Account a where a.emailNormalized = :email", Account.class)
                .setParameter("email", Account.normalize(email))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> lockActive(String principalName) {
        return byEmail(principalName).filter(account -> Boolean.TRUE.equals(entityManager
                .createNamedQuery(Account.LOCK)
                .setParameter(1, account.id())
                .getSingleResult()));
    }
}
