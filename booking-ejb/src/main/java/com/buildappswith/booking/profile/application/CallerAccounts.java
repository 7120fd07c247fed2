package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.AccountRepository;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The signed-in caller's account, for the services of every domain (other domains reach accounts through this,
 * not the repository). A caller without an active account is refused the container's way, which answers 403.
 */
@ApplicationScoped
public class CallerAccounts {

    private final AccountRepository accounts;

    @Inject
    public CallerAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** For CDI's proxy only. */
    protected CallerAccounts() {
        this(null);
    }

    /** The caller's account, or empty for an anonymous caller (whose principal name matches no email). */
    public Optional<Account> caller(EJBContext context) {
        return accounts.activeByPrincipal(context.getCallerPrincipal().getName());
    }

    public Account requireCaller(EJBContext context) {
        return caller(context).orElseThrow(CallerAccounts::signInFirst);
    }

    /** The active account signed in as {@code principalName}, its row locked for the rest of the transaction. */
    public Account lockActive(String principalName) {
        return accounts.lockActive(principalName).orElseThrow(CallerAccounts::signInFirst);
    }

    private static EJBAccessException signInFirst() {
        return new EJBAccessException("Sign in to continue.");
    }
}
