package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's session with a builder. It remembers the client's zone so both parties see the time in their own,
 * and the interval it occupies with the session type's buffers, which is what overlaps are checked against. Every
 * change of status goes through {@link #moveTo}, which returns the audit event to store with it.
 */
@Entity
@Table(name = "booking")
public class Booking {

    public static final int MAX_PURPOSE = 500;
    public static final int MAX_NOTES = 2000;
    public static final int MAX_OUTCOME_NOTE = 1000;
    /**
     * The longest reason a person may give for a cancellation: the event that records it (at most 500 characters)
     * also says who cancelled and, with a refund, how much came back under which policy.
     */
    public static final int MAX_CANCEL_REASON = 460;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "builder_id", nullable = false)
    private BuilderProfile builder;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Account client;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_type_id", nullable = false)
    private SessionType sessionType;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "occupied_from", nullable = false)
    private Instant occupiedFrom;

    @Column(name = "occupied_until", nullable = false)
    private Instant occupiedUntil;

    /** One-client sessions are also kept apart by a database constraint (PostgreSQL). */
    @Column(name = "single_client", nullable = false)
    private boolean singleClient;

    @Column(name = "client_timezone", nullable = false, length = 64)
    private ZoneId clientTimezone;

    @Column(nullable = false, length = MAX_PURPOSE)
    private String purpose;

    @Column(nullable = false, length = MAX_NOTES)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private BookingStatus status;

    /** The session type's price when it was booked, which the client pays; none for a free session. */
    @Embedded
    private Money price;

    @Column(name = "hold_expires_at")
    private Instant holdExpiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The policy in force when it was booked; its terms are copied below, since the policy may change later. */
    @Column(name = "policy_id", nullable = false)
    private long policyId;

    @Embedded
    private CancellationTerms terms;

    /** Where it was booked, before any move: cancellation notice never counts to a later start than this. */
    @Column(name = "first_starts_at", nullable = false, updatable = false)
    private Instant firstStartsAt;

    @Column(name = "reschedule_count", nullable = false)
    private int rescheduleCount;

    /** The builder's note on how the session went, once it is COMPLETED or a NO_SHOW. */
    @Column(name = "outcome_note", length = MAX_OUTCOME_NOTE)
    private String outcomeNote;

    @Version
    private long version;

    protected Booking() {
    }

    /**
     * @param hold  how long the slot is held while the client pays, for a paid session
     * @param terms the cancellation terms in force now, which the booking keeps whatever happens to its policy
     */
    public Booking(SessionType type, Account client, Instant start, ZoneId clientTimezone, String purpose,
                   String notes, Instant now, Duration hold, PolicyTerms terms) {
        this.sessionType = Objects.requireNonNull(type, "Session type is required.");
        this.builder = type.builder();
        this.client = Objects.requireNonNull(client, "Client is required.");
        placeAt(Objects.requireNonNull(start, "Start is required."));
        this.firstStartsAt = start;
        this.clientTimezone = Objects.requireNonNull(clientTimezone, "Client timezone is required.");
        this.purpose = Objects.requireNonNull(purpose, "Purpose is required.").strip();
        this.notes = Objects.requireNonNullElse(notes, "").strip();
        this.createdAt = Objects.requireNonNull(now, "Creation time is required.");
        this.price = type.price().orElse(null);
        this.status = BookingStatus.onBooking(price != null);
        this.holdExpiresAt = status == BookingStatus.HELD
                ? now.plus(Objects.requireNonNull(hold, "Hold length is required.")) : null;
        Objects.requireNonNull(terms, "Cancellation terms are required.");
        this.policyId = terms.policyId();
        this.terms = terms.terms();
    }

    /** The event that records this booking's creation, to be stored with it. */
    public BookingEvent created(String actor) {
        return new BookingEvent(this, null, status, actor, status == BookingStatus.HELD
                ? "booked, payment pending" : "booked", createdAt);
    }

    /** Sets the start and, by the session type's rules as they are now, the end and the time occupied. */
    private void placeAt(Instant start) {
        SlotRules rules = sessionType.slotRules();
        this.startsAt = start;
        this.endsAt = start.plus(rules.duration());
        this.occupiedFrom = start.minus(rules.bufferBefore());
        this.occupiedUntil = endsAt.plus(rules.bufferAfter());
        this.singleClient = rules.capacity() == 1;
    }

    public BookingEvent moveTo(BookingStatus target, String actor, String reason, Instant at) {
        if (!status.canBecome(target)) {
            throw new IllegalStateException("A " + status + " booking cannot become " + target + ".");
        }
        BookingStatus from = status;
        status = target;
        return new BookingEvent(this, from, target, actor, reason, at);
    }

    /**
     * Moves the confirmed booking to start at {@code newStart}: its end and the time it occupies follow from its
     * session type's rules as they are now; it keeps its id, status, price and terms, and counts one more move. The
     * returned event says where from and where to. Whether the new time is free, and whether the terms still allow a
     * move now, the caller has checked.
     *
     * @throws IllegalStateException when it is not CONFIRMED or its terms allow no further move
     */
    public BookingEvent reschedule(Instant newStart, String actor, Instant at) {
        Objects.requireNonNull(newStart, "The new start is required.");
        if (status != BookingStatus.CONFIRMED) {
            throw new IllegalStateException("A " + status + " booking cannot be moved.");
        }
        if (!terms.allowsAnotherReschedule(rescheduleCount)) {
            throw new IllegalStateException("Booking " + id + " was moved " + rescheduleCount + " times, the most its "
                    + "terms allow.");
        }
        Instant from = startsAt;
        placeAt(newStart);
        rescheduleCount++;
        return BookingEvent.move(this, from, newStart, actor, "moved to another time", at);
    }

    /**
     * The builder's record of how the session went: COMPLETED or NO_SHOW, with a note the client sees (what was done,
     * next steps; may be empty).
     *
     * @throws IllegalArgumentException when {@code outcome} is no outcome or the note is too long
     * @throws IllegalStateException    when the booking cannot take that status
     */
    public BookingEvent recordOutcome(BookingStatus outcome, String note, String actor, Instant at) {
        if (outcome != BookingStatus.COMPLETED && outcome != BookingStatus.NO_SHOW) {
            throw new IllegalArgumentException(outcome + " is not how a session went.");
        }
        String text = Objects.requireNonNullElse(note, "").strip();
        if (text.length() > MAX_OUTCOME_NOTE) {
            throw new IllegalArgumentException("The outcome note must be at most " + MAX_OUTCOME_NOTE + " characters.");
        }
        BookingEvent event = moveTo(outcome, actor, outcome == BookingStatus.COMPLETED ? "session took place"
                : "client did not come", at);
        outcomeNote = text.isEmpty() ? null : text;
        return event;
    }

    /**
     * An event that records something that happened to the booking without changing its status (a payment that
     * arrived after the hold expired, say), so its history tells the whole story.
     */
    public BookingEvent note(String actor, String reason, Instant at) {
        return new BookingEvent(this, status, status, actor, reason, at);
    }

    /** What the rules for managing it need to know, as a value. */
    public BookingStanding standing() {
        return new BookingStanding(status, holdExpiresAt(), startsAt, endsAt, terms, rescheduleCount, firstStartsAt);
    }

    /** The time it takes from its builder, buffers included, as the slot engine sees it. */
    public BusyInterval occupancy() {
        return new BusyInterval(startsAt, endsAt, Duration.between(occupiedFrom, startsAt),
                Duration.between(endsAt, occupiedUntil), true);
    }

    /** Whether it is HELD and its hold has not lapsed at {@code now}. */
    public boolean isHeldAt(Instant now) {
        return status == BookingStatus.HELD && status.occupiesSlotAt(now, holdExpiresAt);
    }

    /** Whether {@code someone} is one of its two parties, the client or the builder: nobody else may see it. */
    public boolean involves(Account someone) {
        return client.id().equals(someone.id()) || builder.isOwnedBy(someone);
    }

    public Long id() {
        return id;
    }

    public BuilderProfile builder() {
        return builder;
    }

    public Account client() {
        return client;
    }

    public SessionType sessionType() {
        return sessionType;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId clientTimezone() {
        return clientTimezone;
    }

    public String purpose() {
        return purpose;
    }

    public String notes() {
        return notes;
    }

    public BookingStatus status() {
        return status;
    }

    /** What the client pays, agreed when booked; empty for a free session. */
    public Optional<Money> price() {
        return Optional.ofNullable(price);
    }

    public Optional<Instant> holdExpiresAt() {
        return Optional.ofNullable(holdExpiresAt);
    }

    public long policyId() {
        return policyId;
    }

    /** The cancellation terms agreed when it was booked. */
    public CancellationTerms terms() {
        return terms;
    }

    /** Where it was booked, before any move. */
    public Instant firstStartsAt() {
        return firstStartsAt;
    }

    public int rescheduleCount() {
        return rescheduleCount;
    }

    public Optional<String> outcomeNote() {
        return Optional.ofNullable(outcomeNote);
    }
}
