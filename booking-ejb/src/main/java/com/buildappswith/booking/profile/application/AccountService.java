package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.model.AccountRepository;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.PasswordPolicy;
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
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Registration, sign-in support, the caller's own account, and account administration. */
@Stateless
@DeclareRoles({Roles.CLIENT, Roles.BUILDER, Roles.ADMIN})
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    private EntityManager entityManager;

    @Inject
    private CallerAccounts callers;

    @Inject
    private AccountRepository accounts;

    @Resource
    private SessionContext context;

    @Inject
    private PasswordHashing passwords;

    private final PasswordPolicy passwordPolicy = new PasswordPolicy();
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
        String address = validEmail(email);
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > Account.MAX_DISPLAY_NAME) {
            throw new InvalidRegistrationException("displayName",
                    "Give a display name of 1 to " + Account.MAX_DISPLAY_NAME + " characters.");
        }
        passwordPolicy.check(password, address).ifPresent(problem -> {
            throw new InvalidRegistrationException("password", problem);
        });
        if (accounts.byEmail(address).isPresent()) {
            throw new EmailTakenException();
        }
        Account account = new Account(address, name, timezone, Instant.now(clock));
        account.useHashedPassword(passwords.hash(password));
        entityManager.persist(account);
        entityManager.flush();
        return account;
    }

    private static String validEmail(String email) {
        String address = email == null ? "" : email.strip();
        if (address.length() > Account.MAX_EMAIL || !EMAIL.matcher(address).matches()) {
            throw new InvalidRegistrationException("email", "Enter a valid email address.");
        }
        return address;
    }

    /** For the identity store: only accounts that may sign in at all are candidates. */
    @PermitAll
    public Optional<SignInCandidate> signInCandidate(String email) {
        return accounts.byEmail(email)
                .filter(Account::canSignIn)
                .map(account -> new SignInCandidate(account.principalName(), account.passwordHash().orElseThrow(),
                        account.roles()));
    }

    /** Checked on every signed-in request, so deactivating an account ends its open sessions. */
    @PermitAll
    public boolean isActive(String principalName) {
        // Asked on every request of a signed-in person, so only the flag is read, not the account with its roles.
        return entityManager.createQuery(
                        "select a.active from Account a where a.emailNormalized = :email", Boolean.class)
                .setParameter("email", Account.normalize(principalName))
                .getResultStream()
                .findFirst()
                .orElse(false);
    }

    @RolesAllowed(Roles.CLIENT)
    public AccountView me() {
        return AccountView.of(callers.requireCaller(context));
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<AccountView> search(String query, int offset, int limit) {
        String pattern = "%" + Optional.ofNullable(query).orElse("").strip().toLowerCase(Locale.ROOT) + "%";
        long total = entityManager.createQuery("""
                        select count(a) from Account a
                        where a.emailNormalized like :q or lower(a.displayName) like :q""", Long.class)
                .setParameter("q", pattern)
                .getSingleResult();
        return new Page<>(entityManager.createQuery("""
                        select a from Account a
                        where a.emailNormalized like :q or lower(a.displayName) like :q
                        order by a.emailNormalized""", Account.class)
                .setParameter("q", pattern)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Page.boundedLimit(limit))
                .getResultStream()
                .map(AccountView::of)
                .toList(), total, offset, limit);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView changeRoles(long accountId, Set<Role> roles) {
        Account account = find(accountId);
        Set<Role> granted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (isCaller(account) && !granted.contains(Role.ADMIN)) {
            throw new InvalidRegistrationException("roles", "You cannot take the admin role from yourself.");
        }
        account.changeRoles(granted);
        LOG.info(() -> "Roles of account " + accountId + " are now " + account.roles());
        return AccountView.of(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView deactivate(long accountId) {
        Account account = find(accountId);
        if (isCaller(account)) {
            throw new InvalidRegistrationException("active", "You cannot deactivate your own account.");
        }
        account.deactivate();
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

    private boolean isCaller(Account account) {
        return account.principalName().equals(context.getCallerPrincipal().getName());
    }

    private Account find(long accountId) {
        return Optional.ofNullable(entityManager.find(Account.class, accountId))
                .orElseThrow(() -> new InvalidRegistrationException("account", "No such account."));
    }
}
