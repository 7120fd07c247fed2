package com.buildappswith.booking.scheduling.model;

import jakarta.persistence.Column;
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

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a booking's status, who made it and why: written in the same transaction as the change. A move to
 * another time keeps the status and says where from and where to, so the old time stays in the booking's history.
 */
@Entity
@Table(name = "booking_event")
public class BookingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_event_seq")
    @SequenceGenerator(name = "booking_event_seq", sequenceName = "booking_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id", nullable = false)
    private Booking booking;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24)
    private BookingStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24)
    private BookingStatus to;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "moved_from")
    private Instant movedFrom;

    @Column(name = "moved_to")
    private Instant movedTo;

    protected BookingEvent() {
    }

    BookingEvent(Booking booking, BookingStatus from, BookingStatus to, String actor, String reason, Instant at) {
        this.booking = Objects.requireNonNull(booking, "Booking is required.");
        this.from = from;
        this.to = Objects.requireNonNull(to, "Target status is required.");
        this.actor = Objects.requireNonNull(actor, "Actor is required.");
        this.reason = Objects.requireNonNull(reason, "Reason is required.");
        this.at = Objects.requireNonNull(at, "Time is required.");
    }

    /** The event of a move from the start {@code from} to the start {@code to}; the status stays as it is. */
    static BookingEvent move(Booking booking, Instant from, Instant to, String actor, String reason, Instant at) {
        BookingEvent event = new BookingEvent(booking, booking.status(), booking.status(), actor, reason, at);
        event.movedFrom = Objects.requireNonNull(from, "The old start is required.");
        event.movedTo = Objects.requireNonNull(to, "The new start is required.");
        return event;
    }

    public Booking booking() {
        return booking;
    }

    public Optional<BookingStatus> from() {
        return Optional.ofNullable(from);
    }

    public BookingStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    public Instant at() {
        return at;
    }

    /** The start before a move; empty for any other event. */
    public Optional<Instant> movedFrom() {
        return Optional.ofNullable(movedFrom);
    }

    /** The start after a move; empty for any other event. */
    public Optional<Instant> movedTo() {
        return Optional.ofNullable(movedTo);
    }
}
