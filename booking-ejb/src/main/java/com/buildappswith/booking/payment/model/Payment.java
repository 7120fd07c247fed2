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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The money for one paid booking: what is owed (the booking's price when it was made), the provider's checkout it
 * is paid through, where it stands, and how much went back. It refers to its booking by id only: the scheduling
 * domain owns bookings, and reaches payment through nothing.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "booking_id", nullable = false, updatable = false)
    private long bookingId;

    @Column(nullable = false, length = 32, updatable = false)
    private String provider;

    @Column(name = "checkout_session_id")
    private String checkoutSessionId;

    @Column(name = "checkout_url", length = 2048)
    private String checkoutUrl;

    @Column(name = "checkout_expires_at")
    private Instant checkoutExpiresAt;

    @Column(name = "payment_intent_id")
    private String paymentIntentId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amountMinor", column = @Column(name = "amount_minor", nullable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    })
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PaymentStatus status;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Payment() {
    }

    public Payment(long bookingId, String provider, Money amount, Instant now) {
        this.bookingId = bookingId;
        this.provider = Objects.requireNonNull(provider, "A provider is required.");
        this.amount = Objects.requireNonNull(amount, "An amount is required.");
        if (amount.isZero()) {
            throw new IllegalArgumentException("A free booking has nothing to pay.");
        }
        this.status = PaymentStatus.OPEN;
        this.createdAt = Objects.requireNonNull(now, "Creation time is required.");
        this.updatedAt = now;
    }

    /**
     * Remembers the checkout the provider opened. The same checkout again is fine (a retry answered by the
     * provider's idempotency); another one would mean two payable pages for one booking.
     */
    public void checkoutOpened(CheckoutSession session, Instant now) {
        Objects.requireNonNull(session, "A checkout session is required.");
        if (checkoutSessionId != null && !checkoutSessionId.equals(session.id())) {
            throw new IllegalStateException("Payment " + id + " has checkout " + checkoutSessionId
                    + " already; the provider opened another, " + session.id() + ".");
        }
        checkoutSessionId = session.id();
        checkoutUrl = session.url().toString();
        checkoutExpiresAt = session.expiresAt();
        updatedAt = now;
    }

    /**
     * Applies what the provider said; returns the new status, or empty when it changes nothing (a duplicate or an
     * out-of-order signal, see {@link PaymentStatus#after}). The provider's payment id is kept whenever it comes,
     * since a refund needs it.
     */
    public Optional<PaymentStatus> receive(PaymentSignal signal, Optional<String> providerPaymentId, Instant now) {
        providerPaymentId.filter(paymentId -> paymentIntentId == null).ifPresent(paymentId -> {
            paymentIntentId = paymentId;
            updatedAt = now;
        });
        Optional<PaymentStatus> next = status.after(signal);
        next.ifPresent(target -> {
            status = target;
            updatedAt = now;
        });
        return next;
    }

    /** Counts money given back; never more than was paid. */
    public void refunded(Money refund, Instant now) {
        if (!refund.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("A refund in " + refund.currency() + " of a payment in "
                    + amount.currency() + ".");
        }
        if (refundedMinor + refund.amountMinor() > amount.amountMinor()) {
            throw new IllegalArgumentException("Refunds of payment " + id + " would exceed what was paid.");
        }
        refundedMinor += refund.amountMinor();
        updatedAt = now;
    }

    /** The page to pay on, while the checkout is open and has not run out at {@code now}. */
    public Optional<URI> openCheckoutAt(Instant now) {
        return status.isOpen() && checkoutUrl != null && now.isBefore(checkoutExpiresAt)
                ? Optional.of(URI.create(checkoutUrl)) : Optional.empty();
    }

    public Long id() {
        return id;
    }

    public long bookingId() {
        return bookingId;
    }

    public String provider() {
        return provider;
    }

    public Optional<String> checkoutSessionId() {
        return Optional.ofNullable(checkoutSessionId);
    }

    public Optional<Instant> checkoutExpiresAt() {
        return Optional.ofNullable(checkoutExpiresAt);
    }

    public Optional<String> paymentIntentId() {
        return Optional.ofNullable(paymentIntentId);
    }

    public Money amount() {
        return amount;
    }

    public PaymentStatus status() {
        return status;
    }

    public Money refundedAmount() {
        return new Money(refundedMinor, amount.currency());
    }

    public Instant createdAt() {
        return createdAt;
    }
}
