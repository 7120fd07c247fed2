package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.config.QueryHints;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** A kind of session a builder offers: how long it lasts and what it costs (no price means free). */
@Entity
@Table(name = "session_type")
// Named, so that EclipseLink prepares it once: the same hints set on a query each time make it prepare the SQL
// again each time. The hints, because EclipseLink ignores the account in "join fetch t.builder b join fetch
// b.account" and loads it with a query of its own.
@NamedQuery(name = SessionType.WITH_BUILDER, query = "select t from SessionType t where t.id = :id", hints = {
        @QueryHint(name = QueryHints.FETCH, value = "t.builder"),
        @QueryHint(name = QueryHints.FETCH, value = "t.builder.account")})
public class SessionType {

    /** The type with its builder and the builder's account, in one query; parameter {@code id}. */
    public static final String WITH_BUILDER = "SessionType.withBuilder";

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 2000;
    public static final Duration SHORTEST = SlotRules.SHORTEST_SESSION;
    public static final Duration LONGEST = SlotRules.LONGEST_SESSION;
    public static final int DEFAULT_NOTICE_MINUTES = 240;
    public static final int DEFAULT_HORIZON_DAYS = 60;
    public static final int DEFAULT_STEP_MINUTES = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_type_seq")
    @SequenceGenerator(name = "session_type_seq", sequenceName = "session_type_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "builder_id", nullable = false)
    private BuilderProfile builder;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Embedded
    private Money price;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "buffer_before_minutes", nullable = false)
    private int bufferBeforeMinutes;

    @Column(name = "buffer_after_minutes", nullable = false)
    private int bufferAfterMinutes;

    @Column(name = "minimum_notice_minutes", nullable = false)
    private int minimumNoticeMinutes = DEFAULT_NOTICE_MINUTES;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays = DEFAULT_HORIZON_DAYS;

    @Column(name = "step_minutes", nullable = false)
    private int stepMinutes = DEFAULT_STEP_MINUTES;

    @Column(nullable = false)
    private int capacity = 1;

    @Column(name = "max_per_day")
    private Integer maxPerDay;

    /** The cancellation policy its bookings get while that is published; none means the site default. */
    @Column(name = "policy_id")
    private Long policyId;

    @Version
    private long version;

    protected SessionType() {
    }

    public SessionType(BuilderProfile builder, String name, String description, Duration duration, Money price) {
        this.builder = Objects.requireNonNull(builder, "Builder is required.");
        describe(name, description);
        changeDuration(duration);
        changePrice(price);
    }

    /** Renames the type; what clients read when they choose a session. */
    public void describe(String name, String description) {
        Objects.requireNonNull(name, "Name is required.");
        Objects.requireNonNull(description, "Description is required.");
        String strippedName = name.strip();
        if (strippedName.isEmpty() || strippedName.length() > MAX_NAME) {
            throw new IllegalArgumentException("A name has 1 to " + MAX_NAME + " characters.");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("A description has at most " + MAX_DESCRIPTION + " characters.");
        }
        this.name = strippedName;
        this.description = description.strip();
    }

    /**
     * Changes how long a session lasts. Existing bookings keep their own start and end; the stored slot rules
     * follow the new length.
     */
    public void changeDuration(Duration duration) {
        Objects.requireNonNull(duration, "Duration is required.");
        if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("A session lasts between " + SHORTEST.toMinutes() + " minutes and "
                    + LONGEST.toHours() + " hours.");
        }
        this.durationMinutes = Math.toIntExact(duration.toMinutes());
    }

    /** A new price for bookings made from now on; {@code null} or zero makes the session free. */
    public void changePrice(Money price) {
        this.price = price == null || price.isZero() ? null : price;
    }

    /** Offered again: clients can book it. */
    public void activate() {
        active = true;
    }

    /** No longer bookable; its bookings stay as they are, which is why a type with bookings is never deleted. */
    public void deactivate() {
        active = false;
    }

    /** Offered again, or no longer, as the builder chooses. */
    public void changeActive(boolean offered) {
        if (offered) {
            activate();
        } else {
            deactivate();
        }
    }

    /**
     * Chooses the cancellation policy new bookings of this type get (whether it may be chosen is the policy domain's
     * to say); empty for the site default. Bookings made already keep their own terms.
     */
    public void choosePolicy(Optional<Long> policy) {
        this.policyId = Objects.requireNonNull(policy, "The policy is required (empty for the site default).")
                .orElse(null);
    }

    /** The policy chosen for its bookings; empty for the site default. */
    public Optional<Long> policyId() {
        return Optional.ofNullable(policyId);
    }

    public Long id() {
        return id;
    }

    public BuilderProfile builder() {
        return builder;
    }

    /** Raised by every change of the type, so one who read it can tell whether it changed since. */
    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    /** Empty for a free session. */
    public Optional<Money> price() {
        return Optional.ofNullable(price);
    }

    public boolean isActive() {
        return active;
    }

    /** Whether clients can book it now: offered, by a builder who is listed in the directory. */
    public boolean isBookable() {
        return active && builder.isListed();
    }

    /** Whether the builder with id {@code builderId} offers it (listed or not: that is {@link #isBookable}). */
    public boolean isOfferedBy(long builderId) {
        return active && builder.id() == builderId;
    }

    /** Changes how this type uses the calendar; {@link SlotRules} validates the combination. */
    public void scheduleWith(SlotRules rules) {
        if (!rules.duration().equals(duration())) {
            throw new IllegalArgumentException("The rules are for a session of another length.");
        }
        bufferBeforeMinutes = Math.toIntExact(rules.bufferBefore().toMinutes());
        bufferAfterMinutes = Math.toIntExact(rules.bufferAfter().toMinutes());
        minimumNoticeMinutes = Math.toIntExact(rules.minimumNotice().toMinutes());
        horizonDays = Math.toIntExact(rules.horizon().toDays());
        stepMinutes = Math.toIntExact(rules.step().toMinutes());
        capacity = rules.capacity();
        maxPerDay = rules.maxPerDay().isPresent() ? rules.maxPerDay().getAsInt() : null;
    }

    public SlotRules slotRules() {
        return new SlotRules(duration(), Duration.ofMinutes(bufferBeforeMinutes), Duration.ofMinutes(bufferAfterMinutes),
                Duration.ofMinutes(minimumNoticeMinutes), Duration.ofDays(horizonDays), Duration.ofMinutes(stepMinutes),
                capacity, maxPerDay == null ? OptionalInt.empty() : OptionalInt.of(maxPerDay));
    }
}
