package com.buildappswith.booking.payment.model;

import com.buildappswith.booking.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money to give back from a payment. It is written before the provider is asked, so a refund owed is never
 * forgotten: a provider that refuses or cannot be reached leaves it PENDING with its error and the time of its next
 * attempt, further off after each failure, and every such attempt carries the same idempotency key, so it never pays
 * out twice.
 * <p>
 * A refund the provider took and then reported failed or canceled (a closed card, say) paid nothing out, and the
 * provider answers its idempotency key with that same failed refund for as long as it keeps keys (Stripe: 24 h), so
 * it is asked for again under a new key: {@link #providerKey()} is the refund's own key followed by the number of
 * provider refunds that failed before ("-retry-1", "-retry-2"). One row per refund owed, with that counter, keeps
 * the owed amount counted once whatever the number of attempts. After {@link #MAX_PROVIDER_FAILURES} such failures
 * the refund is FAILED: nothing is tried any more, and an admin is to act.
 */
@Entity
@Table(name = "refund")
public class Refund {

    public static final int MAX_REASON = 500;
    private static final int MAX_ERROR = 1000;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);
    /** How long a claimed refund is left to its asker: far beyond the provider call's timeouts. */
    public static final Duration CLAIM = Duration.ofMinutes(5);
    /** How many provider refunds may fail before a person is to look at it; each failure waits longer. */
    public static final int MAX_PROVIDER_FAILURES = 3;
    private static final Duration FIRST_PROVIDER_RETRY = Duration.ofHours(1);
    private static final Pattern RETRY_KEY = Pattern.compile("(.+)-retry-[1-9][0-9]*");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_seq")
    @SequenceGenerator(name = "refund_seq", sequenceName = "refund_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_id", nullable = false, updatable = false)
    private Payment payment;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amountMinor", column = @Column(name = "amount_minor", nullable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    })
    private Money amount;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "provider_refund_id")
    private String providerRefundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RefundStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "provider_failures", nullable = false)
    private int providerFailures;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Refund() {
    }

    public Refund(Payment payment, Money amount, String reason, String idempotencyKey, Instant now) {
        this.payment = Objects.requireNonNull(payment, "A payment is required.");
        this.amount = Objects.requireNonNull(amount, "An amount is required.");
        if (amount.isZero()) {
            throw new IllegalArgumentException("A refund gives back more than nothing.");
        }
        if (!amount.currency().equals(payment.amount().currency())
                || amount.amountMinor() > payment.amount().amountMinor() - payment.refundedAmount().amountMinor()) {
            throw new IllegalArgumentException("A refund of " + amount + " exceeds what is left of "
                    + payment.amount() + ".");
        }
        this.reason = Objects.requireNonNull(reason, "A reason is required.");
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("A refund's reason is 1 to " + MAX_REASON + " characters.");
        }
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "An idempotency key is required.");
        this.status = RefundStatus.REQUESTED;
        this.createdAt = Objects.requireNonNull(now, "Creation time is required.");
        this.updatedAt = now;
        this.nextAttemptAt = now;
    }

    /** What an answer about a refund changed, so that the money and the parties follow once. */
    public enum Answer {
        /** Nothing the parties must hear: still on its way, or an answer about a refund that ended already. */
        NO_CHANGE,
        /** The money is back, just now. */
        SUCCEEDED,
        /** The provider's refund failed; a new one is asked for after a while. */
        RETRYING,
        /** The provider's refund failed once too often: given up on until a person acts. */
        FAILED
    }

    /**
     * Applies the provider's answer or a later event about this refund. A refund that succeeded stays so (a failure
     * reported after the provider took it would otherwise count it twice); one that failed at the provider is asked
     * for again under a new key after a while, until it failed {@link #MAX_PROVIDER_FAILURES} times.
     */
    public Answer answered(RefundOutcome outcome, Instant now) {
        if (providerRefundId != null && !providerRefundId.equals(outcome.refundId())) {
            throw new IllegalArgumentException("Refund " + id + " is " + providerRefundId + " at the provider, not "
                    + outcome.refundId() + ".");
        }
        if (!isPending()) {
            return Answer.NO_CHANGE;
        }
        updatedAt = now;
        return switch (outcome.status()) {
            case PENDING -> {
                providerRefundId = outcome.refundId();
                status = RefundStatus.PENDING;
                nextAttemptAt = null;
                yield Answer.NO_CHANGE;
            }
            case SUCCEEDED -> {
                providerRefundId = outcome.refundId();
                status = RefundStatus.SUCCEEDED;
                nextAttemptAt = null;
                yield Answer.SUCCEEDED;
            }
            case FAILED, CANCELED -> providerFailed(outcome);
        };
    }

    /** The provider's refund paid nothing out: forget it, so the next attempt asks for a new one. */
    private Answer providerFailed(RefundOutcome outcome) {
        providerFailures++;
        providerRefundId = null;
        lastError = bounded("The provider's refund " + outcome.refundId() + " " + outcome.status().name()
                .toLowerCase(Locale.ROOT) + outcome.failureReason().map(why -> ": " + why).orElse(""));
        if (providerFailures >= MAX_PROVIDER_FAILURES) {
            status = RefundStatus.FAILED;
            nextAttemptAt = null;
            return Answer.FAILED;
        }
        status = RefundStatus.PENDING;
        nextAttemptAt = updatedAt.plus(providerRetryDelay(providerFailures));
        return Answer.RETRYING;
    }

    /** How long after its {@code failures}-th failed provider refund a new one is asked for: 1 h, then 2 h, ... */
    public static Duration providerRetryDelay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("A new provider refund follows at least one that failed.");
        }
        return FIRST_PROVIDER_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
    }

    /**
     * The idempotency key of the provider refund asked for now: the refund's own key, then one per provider refund
     * that failed, since the provider answers a key it knows with the refund it made for it.
     */
    public String providerKey() {
        return providerFailures == 0 ? idempotencyKey : idempotencyKey + "-retry-" + providerFailures;
    }

    /**
     * Takes the refund for one request to the provider: the after-commit request and the sweep on every node may
     * find it due at once, and two requests under one idempotency key make the provider refuse one (409), so
     * whoever claims it under its row lock is the only one to ask until the claim runs out ({@link #CLAIM}, longer
     * than a provider call), when an asker that died is replaced.
     */
    public void claim(Instant now) {
        nextAttemptAt = now.plus(CLAIM);
        updatedAt = now;
    }

    /**
     * The provider refused or could not be reached: the refund stays pending and is tried again later. A refund the
     * provider took meanwhile (another request's answer, a webhook) ignores it: the failure was the losing twin's.
     */
    public void attemptFailed(String error, Instant now) {
        if (providerRefundId != null || !isPending()) {
            return;
        }
        attempts++;
        status = RefundStatus.PENDING;
        lastError = bounded(error);
        nextAttemptAt = now.plus(retryDelay(attempts));
        updatedAt = now;
    }

    /** How long after its {@code attempts}-th failure a refund is tried again: doubling from a minute, at most 6 h. */
    public static Duration retryDelay(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("A retry follows at least one failed attempt.");
        }
        int doublings = Math.min(attempts - 1, 20);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    /** Whether the provider has not taken it yet and its next attempt is due at {@code now}. */
    public boolean isDueAt(Instant now) {
        return providerRefundId == null && nextAttemptAt != null && !now.isBefore(nextAttemptAt)
                && (status == RefundStatus.REQUESTED || status == RefundStatus.PENDING);
    }

    /**
     * The refund's own keys that {@code providerKey} may have been derived from (itself, and without a "-retry-N"
     * ending), for finding the refund a provider event names only by the key it was asked under.
     */
    public static List<String> keysBehind(String providerKey) {
        Matcher retry = RETRY_KEY.matcher(providerKey);
        return retry.matches() ? List.of(providerKey, retry.group(1)) : List.of(providerKey);
    }

    /** Whether the provider refund asked for now is the one asked for under {@code providerKey}. */
    public boolean isAskedUnder(String providerKey) {
        return providerKey().equals(providerKey);
    }

    /** Where this refund stands for the people waiting for it. */
    public RefundProgress progress() {
        return RefundProgress.of(status, attempts, providerFailures);
    }

    /** Whether the client still waits for this money. */
    public boolean isPending() {
        return status == RefundStatus.REQUESTED || status == RefundStatus.PENDING;
    }

    private static String bounded(String text) {
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    public Long id() {
        return id;
    }

    public Payment payment() {
        return payment;
    }

    public Money amount() {
        return amount;
    }

    public String reason() {
        return reason;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Optional<String> providerRefundId() {
        return Optional.ofNullable(providerRefundId);
    }

    public RefundStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int providerFailures() {
        return providerFailures;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }
}
