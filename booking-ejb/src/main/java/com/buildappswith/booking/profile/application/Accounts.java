package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.Account;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/**
 * Account lookups shared by the services of every domain: by email, and the signed-in caller (whose principal name
 * is the account's normalized email).
 */
public final class Accounts {

    private Accounts() {
    }

    public static Optional<Account> byEmail(EntityManager entityManager, String email) {
        return entityManager.createQuery("select a from Account a where a.emailNormalized = :email", Account.class)
                .setParameter("email", Account.normalize(email))
                .getResultStream()
                .findFirst();
    }

    /** The caller's account, or empty for an anonymous caller (whose principal name matches no email). */
    public static Optional<Account> caller(EntityManager entityManager, EJBContext context) {
        return byEmail(entityManager, context.getCallerPrincipal().getName()).filter(Account::isActive);
    }

    public static Account requireCaller(EntityManager entityManager, EJBContext context) {
        return caller(entityManager, context).orElseThrow(Accounts::signInFirst);
    }

    /**
     * The active account signed in as {@code principalName}, its row locked for the rest of the transaction.
     */
    public static Account lockActive(EntityManager entityManager, String principalName) {
        Account account = byEmail(entityManager, principalName).orElseThrow(Accounts::signInFirst);
        Object active = entityManager.createNamedQuery(Account.LOCK)
                .setParameter(1, account.id())
                .getSingleResult();
        if (!Boolean.TRUE.equals(active)) {
            throw signInFirst();
        }
        return account;
    }

    private static EJBAccessException signInFirst() {
        return new EJBAccessException("Sign in to continue.");
    }
}
