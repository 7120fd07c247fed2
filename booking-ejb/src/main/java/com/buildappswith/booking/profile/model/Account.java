package com.buildappswith.booking.profile.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A person who can sign in. The email is unique regardless of case; the normalized form enforces that and is also
 * the name of the account's principal. A deactivated account, or one without a password, cannot sign in and its open
 * sessions end. An account whose sign-in a start-up step made remembers which ({@link ProvisionedBy}), so that the
 * start-up never takes over an account that a person made.
 */
@Entity
@Table(name = "account")
// Named so that they are prepared once.
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.emailNormalized = :email")
@NamedQuery(name = Account.PROVISIONED_BY, query = "select a from Account a where a.provisionedBy = :provisionedBy")
// A plain row lock: locking the entity would make EclipseLink load its roles.
@NamedNativeQuery(name = Account.LOCK, query = "select active from account where id = ?1 for update")
// The row read and locked in one round trip, with 'active' judged by the database on the row as locked. Native, as
// the lock above: a locking JPQL query would refresh the entity and load its roles too.
@NamedNativeQuery(name = Account.LOCK_ACTIVE_BY_EMAIL, resultClass = Account.class,
        query = "select * from account where email_normalized = ?1 and active for update")
public class Account {

    /** The account with a normalized email; parameter {@code email}. */
    public static final String BY_EMAIL = "Account.byEmail";

    /** The accounts whose sign-in a start-up step made; parameter {@code provisionedBy}. */
    public static final String PROVISIONED_BY = "Account.provisionedBy";

    /** Locks the account's row for the rest of the transaction and reads whether it is active; parameter 1: id. */
    public static final String LOCK = "Account.lock";

    /** The active account with a normalized email, its row locked for the rest of the transaction; parameter 1. */
    public static final String LOCK_ACTIVE_BY_EMAIL = "Account.lockActiveByEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "email_normalized", nullable = false, unique = true, length = 254)
    private String emailNormalized;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(nullable = false, length = 64)
    private ZoneId timezone;

    /** A PBKDF2 hash from the container's Pbkdf2PasswordHash; null for an account that cannot sign in yet. */
    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    // Loaded when asked for (most requests only need the account row), in one query for all accounts a query read.
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.of(Role.CLIENT);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "provisioned_by", length = 20)
    @Enumerated(EnumType.STRING)
    private ProvisionedBy provisionedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName, ZoneId timezone, Instant createdAt) {
        this.email = Objects.requireNonNull(email, "Email is required.").strip();
        this.emailNormalized = normalize(email);
        this.displayName = Objects.requireNonNull(displayName, "Display name is required.").strip();
        this.timezone = Objects.requireNonNull(timezone, "Timezone is required.");
        this.createdAt = Objects.requireNonNull(createdAt, "Creation time is required.");
    }

    public static final int MAX_DISPLAY_NAME = 100;

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    /**
     * Gives the account the roles {@code granted}, as the admin signed in as {@code adminPrincipal} decided. Every
     * account stays a client, and an admin cannot take the admin role from themselves, so that a slip cannot leave
     * an installation without the person who was administering it.
     */
    public void changeRoles(Set<Role> granted, String adminPrincipal) {
        if (principalName().equals(adminPrincipal) && !granted.contains(Role.ADMIN)) {
            throw new InvalidRegistrationException("roles", "You cannot take the admin role from yourself.");
        }
        roles.clear();
        roles.add(Role.CLIENT);
        roles.addAll(granted);
    }

    /**
     * Grants or takes one role, leaving the others as they are now (not as an admin's page last showed them), with
     * the rules of {@link #changeRoles}.
     */
    public void changeRole(Role role, boolean granted, String adminPrincipal) {
        Set<Role> changed = EnumSet.copyOf(roles);
        if (granted) {
            changed.add(role);
        } else {
            changed.remove(role);
        }
        changeRoles(changed, adminPrincipal);
    }

    public void useHashedPassword(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "Password hash is required.");
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName, "Display name is required.").strip();
    }

    public void moveTo(ZoneId zone) {
        this.timezone = Objects.requireNonNull(zone, "Timezone is required.");
    }

    /** Ends the account's sessions and sign-ins, as an admin other than its owner decided. */
    public void deactivate(String adminPrincipal) {
        if (principalName().equals(adminPrincipal)) {
            throw new InvalidRegistrationException("active", "You cannot deactivate your own account.");
        }
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Marks a new account as made by a start-up step; see {@link Registration#provision}. */
    void provisioned(ProvisionedBy step) {
        this.provisionedBy = Objects.requireNonNull(step, "The provisioning step is required.");
    }

    public Optional<ProvisionedBy> provisionedBy() {
        return Optional.ofNullable(provisionedBy);
    }

    /**
     * Makes this existing account the administrator that the settings name, if the start-up may: only the
     * administrator the start-up created itself, or an account the operator has confirmed by name. Anyone else's
     * account (registered, perhaps, before the operator chose the email, and opened by its owner's password) is never
     * promoted silently, and a deactivated account stays deactivated.
     */
    public AdminPromotion promoteToConfiguredAdmin(boolean confirmedByOperator) {
        if (!active) {
            return AdminPromotion.DEACTIVATED;
        }
        if (has(Role.ADMIN)) {
            return AdminPromotion.ALREADY_ADMIN;
        }
        if (provisionedBy != ProvisionedBy.ADMIN_SETTING && !confirmedByOperator) {
            return AdminPromotion.NEEDS_CONFIRMATION;
        }
        roles.add(Role.ADMIN);
        return AdminPromotion.PROMOTED;
    }

    /**
     * Lets the public demo password open this existing account, if the sign-in is the demo data's to give: an account
     * whose demo sign-in was removed while demo data was off gets it back, and one that cannot sign in at all yet (an
     * imported demo builder) becomes a demo sign-in. An account with a password of its own keeps it, an account an
     * admin deactivated stays deactivated, and roles never change here.
     *
     * @param demoPasswordHash the demo password's hash, asked for only when it is stored (hashing takes a while)
     */
    public DemoSignIn takeDemoSignIn(Supplier<String> demoPasswordHash) {
        if (provisionedBy != ProvisionedBy.DEMO_DATA && (provisionedBy != null || passwordHash != null)) {
            return DemoSignIn.NOT_THE_DEMOS;
        }
        if (passwordHash == null) {
            useHashedPassword(demoPasswordHash.get());
        }
        provisionedBy = ProvisionedBy.DEMO_DATA;
        return active ? DemoSignIn.OPENS : DemoSignIn.DEACTIVATED;
    }

    /**
     * Removes the demo sign-in while demo data is off: its password is public, so it must not open the account then,
     * and the open sessions end. Whether the account is active (an admin's decision) stays as it is.
     *
     * @return whether there was a demo sign-in to remove
     */
    public boolean withdrawDemoSignIn() {
        if (provisionedBy != ProvisionedBy.DEMO_DATA || passwordHash == null) {
            return false;
        }
        passwordHash = null;
        return true;
    }

    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public String principalName() {
        return emailNormalized;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public ZoneId timezone() {
        return timezone;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isActive() {
        return active;
    }
}
