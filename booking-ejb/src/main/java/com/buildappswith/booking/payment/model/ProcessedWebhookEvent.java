package com.buildappswith.booking.payment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider event that took effect: written in the same transaction as its effect, under a unique event id, so a
 * second delivery of it, even one running at the same moment, is refused by the database and changes nothing.
 */
@Entity
@Table(name = "processed_webhook_event")
public class ProcessedWebhookEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "processed_webhook_event_seq")
    @SequenceGenerator(name = "processed_webhook_event_seq", sequenceName = "processed_webhook_event_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "provider_event_id", nullable = false, updatable = false)
    private String providerEventId;

    @Column(nullable = false, length = 32, updatable = false)
    private String provider;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected ProcessedWebhookEvent() {
    }

    public ProcessedWebhookEvent(PaymentEvent event, String provider, Instant now) {
        this.providerEventId = Objects.requireNonNull(event, "An event is required.").eventId();
        this.provider = Objects.requireNonNull(provider, "A provider is required.");
        this.kind = event.kind().name();
        this.bookingId = event.bookingId().orElse(null);
        this.receivedAt = Objects.requireNonNull(now, "The time it was received is required.");
    }

    /** Remembers the booking the event turned out to concern, when the event itself did not name it. */
    public void concerns(long bookingId) {
        if (this.bookingId == null) {
            this.bookingId = bookingId;
        }
    }

    public String providerEventId() {
        return providerEventId;
    }

    public Optional<Long> bookingId() {
        return Optional.ofNullable(bookingId);
    }
}
