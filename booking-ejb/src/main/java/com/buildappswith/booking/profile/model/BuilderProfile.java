package com.buildappswith.booking.profile.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a builder presents themselves to people who might book them. Only a published profile is visible in the
 * directory.
 */
@Entity
@Table(name = "builder_profile")
// Named so that it is prepared once: asked whenever builders open their own profile or a client applies.
@NamedQuery(name = BuilderProfile.OF_ACCOUNT, query = "select b from BuilderProfile b where b.account = :account")
// A builder's public page shows the account's name with the profile: both in one statement, not one each.
@NamedQuery(name = BuilderProfile.WITH_ACCOUNT, query = "select b from BuilderProfile b where b.id = :id",
        hints = @QueryHint(name = QueryHints.FETCH, value = "b.account"))
// A plain row lock, named so that it is prepared once: locking the entity would read the whole profile again.
@NamedNativeQuery(name = BuilderProfile.LOCK, query = "select version from builder_profile where id = ?1 for update")
public class BuilderProfile {

    /** The profile of an account; parameter {@code account}. */
    public static final String OF_ACCOUNT = "BuilderProfile.ofAccount";

    /** The profile {@code id} with its account; parameter {@code id}. */
    public static final String WITH_ACCOUNT = "BuilderProfile.withAccount";

    /** Locks the profile's row for the rest of the transaction and reads its version; parameter 1: id. */
    public static final String LOCK = "BuilderProfile.lock";

    public static final int MAX_HEADLINE = 160;
    public static final int MAX_BIO = 4000;
    public static final int MAX_TAG = 40;
    public static final int MAX_AVATAR_URL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "builder_profile_seq")
    @SequenceGenerator(name = "builder_profile_seq", sequenceName = "builder_profile_seq", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private Account account;

    @Column(nullable = false, length = MAX_HEADLINE)
    private String headline;

    @Column(nullable = false, length = MAX_BIO)
    private String bio;

    // Loaded when asked for (booking only needs the profile row), in one query for all profiles a query read.
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "builder_expertise", joinColumns = @JoinColumn(name = "builder_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", length = MAX_TAG)
    private List<String> expertise = new ArrayList<>();

    @Column(nullable = false, length = 64)
    private ZoneId timezone;

    @Column(nullable = false)
    private boolean published;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProfileStatus status = ProfileStatus.APPROVED;

    @Column(name = "avatar_url", length = MAX_AVATAR_URL)
    private String avatarUrl;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Version
    private long version;

    protected BuilderProfile() {
    }

    public BuilderProfile(Account account, String headline, String bio, List<String> expertise, ZoneId timezone) {
        this.account = Objects.requireNonNull(account, "Account is required.");
        this.headline = Objects.requireNonNull(headline, "Headline is required.");
        this.bio = Objects.requireNonNull(bio, "Bio is required.");
        this.expertise = new ArrayList<>(expertise);
        this.timezone = Objects.requireNonNull(timezone, "Timezone is required.");
    }

    private BuilderProfile(Account account, ProfileDetails details) {
        this(account, details.headline(), details.bio(), details.expertise(), details.timezone());
        this.avatarUrl = details.avatarUrl().orElse(null);
    }

    /** A client asks to become a builder; nothing is visible until an admin approves and the builder publishes. */
    public static BuilderProfile application(Account account, ProfileDetails details, Instant at) {
        BuilderProfile profile = new BuilderProfile(account, details);
        profile.status = ProfileStatus.APPLIED;
        profile.appliedAt = at;
        return profile;
    }

    /**
     * A builder brought in by an import file: a new account (a builder who cannot sign in until given a password)
     * with an approved, published profile. The details follow the same rules as an application's.
     */
    public static BuilderProfile imported(EmailAddress email, ProfileDetails details, Instant at) {
        Account account = new Account(email.value(), details.displayName(), details.timezone(), at);
        account.grant(Role.BUILDER);
        BuilderProfile profile = new BuilderProfile(account, details);
        profile.publish();
        return profile;
    }

    /**
     * An admin approves the application. Only a waiting application can be approved: an admin acting on a page
     * that has gone stale (approved meanwhile by another admin) is told so rather than approving twice.
     */
    public void approve() {
        if (status != ProfileStatus.APPLIED) {
            throw new InvalidProfileException(displayName() + " has no application waiting for approval.");
        }
        status = ProfileStatus.APPROVED;
        account.grant(Role.BUILDER);
    }

    public void edit(ProfileDetails details) {
        account.rename(details.displayName());
        headline = details.headline();
        bio = details.bio();
        expertise = new ArrayList<>(details.expertise());
        timezone = details.timezone();
        avatarUrl = details.avatarUrl().orElse(null);
    }

    public void publish() {
        if (status != ProfileStatus.APPROVED) {
            throw new InvalidProfileException("A profile can be published once an admin has approved it.");
        }
        this.published = true;
    }

    public void unpublish() {
        this.published = false;
    }

    /** Published profiles of active accounts are public; others are seen only by their owner and admins. */
    public boolean isVisibleTo(Optional<Account> viewer) {
        if (isListed()) {
            return true;
        }
        return viewer.map(v -> v.has(Role.ADMIN) || v.id().equals(account.id())).orElse(false);
    }

    /** Raised by every change to the profile, and to the builder's hours (see AvailabilityCache). */
    public long version() {
        return version;
    }

    public boolean isListed() {
        return published && status == ProfileStatus.APPROVED && account.isActive();
    }

    public boolean isOwnedBy(Account someone) {
        return account.id().equals(someone.id());
    }

    public ProfileStatus status() {
        return status;
    }

    public Optional<String> avatarUrl() {
        return Optional.ofNullable(avatarUrl);
    }

    public Optional<Instant> appliedAt() {
        return Optional.ofNullable(appliedAt);
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String displayName() {
        return account.displayName();
    }

    public String headline() {
        return headline;
    }

    public String bio() {
        return bio;
    }

    public List<String> expertise() {
        return List.copyOf(expertise);
    }

    public ZoneId timezone() {
        return timezone;
    }

    public boolean isPublished() {
        return published;
    }
}
