package com.buildappswith.booking.profile.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a builder presents themselves to people who might book them. Only a published profile is visible in the
 * directory.
 */
@Entity
@Table(name = "builder_profile")
public class BuilderProfile {

    public static final int MAX_HEADLINE = 160;
    public static final int MAX_BIO = 4000;
    public static final int MAX_TAG = 40;

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "builder_expertise", joinColumns = @JoinColumn(name = "builder_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", length = MAX_TAG)
    private List<String> expertise = new ArrayList<>();

    @Column(nullable = false, length = 64)
    private ZoneId timezone;

    @Column(nullable = false)
    private boolean published;

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

    public void publish() {
        this.published = true;
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
