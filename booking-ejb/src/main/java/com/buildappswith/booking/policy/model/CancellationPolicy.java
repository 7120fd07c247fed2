package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A cancellation policy an admin keeps: its current terms, and whether builders may choose it for their session
 * types. Its terms may change, but bookings keep the copy they were made with ({@link #currentTerms}). A
 * policy is never deleted (bookings name it); the site default cannot be unpublished.
 */
@Entity
@Table(name = "cancellation_policy")
public class CancellationPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cancellation_policy_seq")
    @SequenceGenerator(name = "cancellation_policy_seq", sequenceName = "cancellation_policy_seq",
            allocationSize = 50)
    private Long id;

    @Embedded
    private CancellationTerms terms;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CancellationPolicy() {
    }

    public CancellationPolicy(CancellationTerms terms, boolean published, Instant now) {
        this.terms = Objects.requireNonNull(terms, "Terms are required.");
        this.published = published;
        this.createdAt = Objects.requireNonNull(now, "The time is required.");
        this.updatedAt = now;
    }

    /**
     * The policy whose terms a new booking gets: the one its session type chose while that is still published, else
     * the site default, so that unpublishing a policy moves new bookings to the default without touching session
     * types.
     */
    public static CancellationPolicy forNewBooking(Optional<CancellationPolicy> chosen,
                                                   CancellationPolicy siteDefault) {
        return chosen.filter(CancellationPolicy::isPublished).orElse(siteDefault);
    }

    /**
     * Changes the terms for bookings made from now on, and whether builders may choose the policy.
     *
     * @param siteDefault whether the policy is the site default now, which must stay published
     * @return whether anything changed
     */
    public boolean revise(CancellationTerms newTerms, boolean nowPublished, boolean siteDefault, Instant now) {
        Objects.requireNonNull(newTerms, "Terms are required.");
        if (siteDefault && !nowPublished) {
            throw new PolicyRefusedException(ProblemType.NOT_ALLOWED, "\"" + terms.name()
                    + "\" is the site default, so it stays published: make another policy the default first.");
        }
        if (terms.equals(newTerms) && published == nowPublished) {
            return false;
        }
        terms = newTerms;
        published = nowPublished;
        updatedAt = Objects.requireNonNull(now, "The time is required.");
        return true;
    }

    /** The terms with this policy's id, as a booking copies them (a copy of its own, never this policy's object). */
    public PolicyTerms currentTerms() {
        return new PolicyTerms(id, new CancellationTerms(terms.name(), terms.freeCancellationNotice(), terms.tiers(),
                terms.rescheduleNotice(), terms.maxReschedules()));
    }

    /** The terms and whether they are published, in one line, for the audit log. */
    public String describe() {
        return terms + (published ? " (published)" : " (not published)");
    }

    public Long id() {
        return id;
    }

    public CancellationTerms terms() {
        return terms;
    }

    public String name() {
        return terms.name();
    }

    public boolean isPublished() {
        return published;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Raised by every change, so that an edit can name the version it was made on. */
    public long version() {
        return version;
    }
}
