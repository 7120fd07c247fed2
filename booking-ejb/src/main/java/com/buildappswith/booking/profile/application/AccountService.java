package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.profile.model.InvalidRegistrationException;
import com.buildappswith.booking.profile.model.Registration;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Registration, sign-in support, the caller's own account, and account administration. */
@Stateless
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    private CallerAccounts callers;

    @Inject
    private AccountRepository accounts;

    @Resource
    private SessionContext context;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @PermitAll
    public AccountView register(String email, String displayName, ZoneId timezone, String password) {
        Account account = newAccount(email, displayName, timezone, password);
        LOG.info(() -> "Registered account " + account.id());
        return AccountView.of(account);
    }

    /** Creates the account an environment or the demo data names, or makes an existing one an admin. */
    @PermitAll
    public void ensureAdmin(String email, String password) {
        Account account = accounts.byEmail(email)
                .orElseGet(() -> newAccount(email, "Administrator", ZoneId.of("UTC"), password));
        account.grant(Role.ADMIN);
        if (account.passwordHash().isEmpty()) {
            account.useHashedPassword(passwords.hash(password));
        }
    }

    /** Gives an account that cannot sign in yet (an imported builder) a password; leaves others alone. */
    @PermitAll
    public void ensurePassword(String email, String password) {
        accounts.byEmail(email)
                .filter(account -> account.passwordHash().isEmpty())
                .ifPresent(account -> account.useHashedPassword(passwords.hash(password)));
    }

    private Account newAccount(String email, String displayName, ZoneId timezone, String password) {
        Registration registration = Registration.of(email, displayName, timezone, password);
        if (accounts.byEmail(registration.email().value()).isPresent()) {
            throw new EmailTakenException();
        }
        Account account = registration.open(passwords.hash(registration.password()), Instant.now(clock));
        accounts.add(account);
        return account;
    }

    /** For the identity store: only accounts that may sign in at all are candidates. */
    @PermitAll
    public Optional<SignInCandidate> signInCandidate(String email) {
        return accounts.byEmail(email)
                .filter(Account::canSignIn)
                .map(account -> new SignInCandidate(account.principalName(), account.passwordHash().orElseThrow(),
                        account.roles()));
    }

    /**
     * The roles the person signed in as {@code principalName} holds now, or empty once the account is deactivated or
     * gone: read on every signed-in request, so that a change by an admin takes effect at the person's next request.
     */
    @PermitAll
    public Optional<Set<Role>> signedInRoles(String principalName) {
        return accounts.rolesOfActive(principalName);
    }

    @RolesAllowed(Roles.CLIENT)
    public AccountView me() {
        return AccountView.of(callers.requireCaller(context));
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<AccountView> search(String query, int offset, int limit) {
        return accounts.search(query, offset, limit).map(AccountView::of);
    }

    /** Grants or takes one role of the account, keeping its other roles as they are now. */
    @RolesAllowed(Roles.ADMIN)
    public AccountView changeRole(long accountId, Role role, boolean granted) {
        Account account = find(accountId);
        account.changeRole(role, granted, callerName());
        LOG.info(() -> "Roles of account " + accountId + " are now " + account.roles());
        return AccountView.of(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView deactivate(long accountId) {
        Account account = find(accountId);
        account.deactivate(callerName());
        LOG.info(() -> "Deactivated account " + accountId);
        return AccountView.of(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView reactivate(long accountId) {
        Account account = find(accountId);
        account.reactivate();
        LOG.info(() -> "Reactivated account " + accountId);
        return AccountView.of(account);
    }

    private String callerName() {
        return context.getCallerPrincipal().getName();
    }

    private Account find(long accountId) {
        return accounts.byId(accountId)
                .orElseThrow(() -> new InvalidRegistrationException("account", "No such account."));
    }
}
