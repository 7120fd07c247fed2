package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.profile.model.AdminPromotion;
import com.buildappswith.booking.profile.model.DemoSignIn;
import com.buildappswith.booking.profile.model.InvalidRegistrationException;
import com.buildappswith.booking.profile.model.PasswordPolicy;
import com.buildappswith.booking.profile.model.ProvisionedBy;
import com.buildappswith.booking.profile.model.Registration;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.profile.model.SignedInRoles;
import com.buildappswith.booking.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
    private static final PasswordPolicy PASSWORD_POLICY = new PasswordPolicy();

    @Inject
    private CallerAccounts callers;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SignedInRoles signedInRoles;

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

    /**
     * The administrator that {@code BOOKING_ADMIN_EMAIL} names, at start-up: created with {@code password} when there
     * is no such account, else promoted only as {@link Account#promoteToConfiguredAdmin} allows. An account promoted
     * on the operator's confirmation keeps its own password (it is given {@code password} only if it has none).
     */
    @PermitAll
    public AdminPromotion ensureConfiguredAdmin(String email, String password, boolean confirmedByOperator) {
        Optional<Account> existing = accounts.byEmail(email);
        if (existing.isEmpty()) {
            Account created = provision(email, "Administrator", ZoneId.of("UTC"), password,
                    ProvisionedBy.ADMIN_SETTING);
            created.grant(Role.ADMIN);
            return AdminPromotion.CREATED;
        }
        Account account = existing.get();
        AdminPromotion promotion = account.promoteToConfiguredAdmin(confirmedByOperator);
        if (promotion == AdminPromotion.PROMOTED && account.passwordHash().isEmpty()) {
            PASSWORD_POLICY.check(password, account.principalName()).ifPresent(problem -> {
                throw new InvalidRegistrationException("password", problem);
            });
            account.useHashedPassword(passwords.hash(password));
        }
        return promotion;
    }

    /**
     * A demo sign-in, at start-up with demo data on: the account is created with the demo password and {@code roles}
     * when missing; an existing one only gets its demo sign-in back ({@link Account#takeDemoSignIn}), its roles as
     * they are.
     */
    @PermitAll
    public DemoSignIn ensureDemoSignIn(String email, String displayName, ZoneId timezone, String password,
                                       Set<Role> roles) {
        Optional<Account> existing = accounts.byEmail(email);
        if (existing.isEmpty()) {
            roles.forEach(provision(email, displayName, timezone, password, ProvisionedBy.DEMO_DATA)::grant);
            return DemoSignIn.OPENS;
        }
        return existing.get().takeDemoSignIn(() -> passwords.hash(password));
    }

    /** The demo sign-in of an existing account (an imported demo builder), at start-up with demo data on. */
    @PermitAll
    public Optional<DemoSignIn> takeDemoSignIn(String email, String password) {
        return accounts.byEmail(email).map(account -> account.takeDemoSignIn(() -> passwords.hash(password)));
    }

    /** Removes every demo sign-in, at start-up with demo data off; returns how many there were. */
    @PermitAll
    public int withdrawDemoSignIns() {
        return (int) accounts.provisionedBy(ProvisionedBy.DEMO_DATA).stream()
                .filter(Account::withdrawDemoSignIn)
                .count();
    }

    private Account provision(String email, String displayName, ZoneId timezone, String password,
                              ProvisionedBy step) {
        Registration registration = Registration.of(email, displayName, timezone, password);
        Account account = registration.provision(passwords.hash(registration.password()), Instant.now(clock), step);
        accounts.add(account);
        return account;
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
     * Outside any transaction: one query on a connection of its own (see {@link SignedInRoles}'s implementation).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Set<Role>> signedInRoles(String principalName) {
        return signedInRoles.of(principalName);
    }

    @RolesAllowed(Roles.CLIENT)
    public AccountView me() {
        return AccountView.of(callers.requireCaller(context));
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<AccountView> search(String query, int offset, int limit) {
        return accounts.search(query, offset, limit).map(AccountView::of);
    }

    /** Gives the account exactly the roles {@code roles} (and CLIENT), as the admin API's PUT replaces them. */
    @RolesAllowed(Roles.ADMIN)
    public AccountView changeRoles(long accountId, Set<Role> roles) {
        Account account = find(accountId);
        account.changeRoles(roles, callerName());
        LOG.info(() -> "Roles of account " + accountId + " are now " + account.roles());
        return AccountView.of(account);
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
