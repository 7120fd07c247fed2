package com.buildappswith.booking.notification.model;

import com.buildappswith.booking.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One email to one recipient, written in the transaction of the change it tells about and sent by the outbox job.
 * Its Message-ID is fixed when it is written, so every attempt sends the same message and a mail client that sees
 * it twice shows it once. Ids of the booking and the recipient are kept as plain values: the message outlives
 * neither, but it is read without them (the admin's outbox page, the sender).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_ERROR = 1000;
    /** Ids are taken in blocks of this many, each block the one below a value of the sequence (its increment). */
    public static final int ID_BLOCK = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = ID_BLOCK)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NoticeKind kind;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "recipient_email", nullable = false, length = 254)
    private String recipientEmail;

    @Column(name = "recipient_name", nullable = false, length = 120)
    private String recipientName;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    private String ics;

    @Enumerated(EnumType.STRING)
    @Column(name = "ics_method", length = 10)
    private IcsMethod icsMethod;

    @Column(name = "message_id", nullable = false, length = 254)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "claimed_by", length = 200)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    /**
     * A message due now. {@code mailDomain} is the right-hand side of its Message-ID (the public site's host).
     *
     * @param invite the calendar invite to attach, if the message carries one
     */
    public OutboxMessage(NoticeKind kind, Long bookingId, Recipient recipient, String subject, String textBody,
                         String htmlBody, Optional<CalendarInvite> invite, String mailDomain, Instant now) {
        this.kind = Objects.requireNonNull(kind, "The kind is required.");
        this.bookingId = bookingId;
        Objects.requireNonNull(recipient, "The recipient is required.");
        this.recipientId = recipient.accountId();
        this.recipientEmail = recipient.email();
        this.recipientName = recipient.name();
        this.subject = Texts.fitted(Objects.requireNonNull(subject, "The subject is required."), MAX_SUBJECT);
        this.textBody = Objects.requireNonNull(textBody, "The text body is required.");
        this.htmlBody = Objects.requireNonNull(htmlBody, "The HTML body is required.");
        this.ics = invite.map(CalendarInvite::text).orElse(null);
        this.icsMethod = invite.map(CalendarInvite::method).orElse(null);
        this.messageId = "<" + UUID.randomUUID() + "@" + Objects.requireNonNull(mailDomain, "The domain is required.")
                + ">";
        this.status = OutboxStatus.PENDING;
        this.createdAt = Objects.requireNonNull(now, "The time is required.");
        this.nextAttemptAt = now;
    }

    /** Whether the outbox should try it at {@code now}. */
    public boolean isDueAt(Instant now) {
        return status == OutboxStatus.PENDING && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || !claimedUntil.isAfter(now));
    }

    /** Marks it as being sent by {@code node} until {@code until}: no other node tries it meanwhile. */
    public void claim(String node, Instant until) {
        if (status != OutboxStatus.PENDING) {
            throw new IllegalStateException("Only a pending message can be sent, not a " + status + " one.");
        }
        this.claimedBy = Objects.requireNonNull(node, "The node is required.");
        this.claimedUntil = Objects.requireNonNull(until, "The claim's end is required.");
    }

    /** The mail server took it. */
    public void sent(Instant at) {
        if (status == OutboxStatus.SENT) {
            return;
        }
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = Objects.requireNonNull(at, "The time is required.");
        lastError = null;
        release();
    }

    /** An attempt failed: it is tried again after the retry's delay, or given up after its last attempt. */
    public void attemptFailed(String error, Instant at, DeliveryRetry retry) {
        if (status != OutboxStatus.PENDING) {
            return;
        }
        attempts++;
        lastError = Texts.fitted(Objects.requireNonNullElse(error, "unknown error"), MAX_ERROR);
        if (retry.givesUpAfter(attempts)) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = at.plus(retry.delayAfter(attempts));
        }
        release();
    }

    /**
     * An admin sends a failed (or waiting) message again now, with a fresh count of attempts. Not while a node is
     * sending it: releasing that claim would let a second node send it too.
     */
    public void retryNow(Instant now) {
        if (status == OutboxStatus.SENT) {
            throw new IllegalStateException("Message " + id + " was sent already.");
        }
        if (isBeingSentAt(now)) {
            throw new IllegalStateException("Message " + id + " is being sent right now.");
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    /** Whether a node has claimed it to send it and its claim still holds at {@code now}. */
    public boolean isBeingSentAt(Instant now) {
        return claimedUntil != null && claimedUntil.isAfter(now);
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public Long id() {
        return id;
    }

    public NoticeKind kind() {
        return kind;
    }

    public Optional<Long> bookingId() {
        return Optional.ofNullable(bookingId);
    }

    public Optional<Long> recipientId() {
        return Optional.ofNullable(recipientId);
    }

    public String recipientEmail() {
        return recipientEmail;
    }

    public String recipientName() {
        return recipientName;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public Optional<CalendarInvite> invite() {
        return ics == null ? Optional.empty() : Optional.of(new CalendarInvite(icsMethod, ics));
    }

    public String messageId() {
        return messageId;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}
