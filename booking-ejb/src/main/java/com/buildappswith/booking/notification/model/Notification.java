package com.buildappswith.booking.notification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An in-app notification for one account, shown under the bell until it is read. Only its recipient reads it. */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAX_TEXT = 500;
    /** Ids are taken in blocks of this many, each block the one below a value of the sequence (its increment). */
    public static final int ID_BLOCK = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = ID_BLOCK)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NoticeKind kind;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long recipientId, NoticeKind kind, Long bookingId, String text, Instant now) {
        this.recipientId = recipientId;
        this.kind = Objects.requireNonNull(kind, "The kind is required.");
        this.bookingId = bookingId;
        String words = Objects.requireNonNull(text, "The text is required.").strip();
        this.text = words.length() <= MAX_TEXT ? words : words.substring(0, MAX_TEXT - 1) + "…";
        this.createdAt = Objects.requireNonNull(now, "The time is required.");
    }

    /** Marks it read, once: a second call keeps the first time. */
    public void read(Instant at) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(at, "The time is required.");
        }
    }

    public Long id() {
        return id;
    }

    public long recipientId() {
        return recipientId;
    }

    public NoticeKind kind() {
        return kind;
    }

    public Optional<Long> bookingId() {
        return Optional.ofNullable(bookingId);
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }
}
