package com.buildappswith.booking.payment.infrastructure;

import com.buildappswith.booking.payment.model.Payment;
import com.buildappswith.booking.payment.model.PaymentRepository;
import com.buildappswith.booking.payment.model.ProcessedWebhookEvent;
import com.buildappswith.booking.payment.model.Refund;
import com.buildappswith.booking.payment.model.RefundProgress;
import com.buildappswith.booking.payment.model.RefundStatus;
import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.eclipse.persistence.sessions.Session;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Payments, refunds and processed events in the application's database, through the transaction's entity manager. */
@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

    private final EntityManager entityManager;

    @Inject
    public JpaPaymentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's proxy only. */
    protected JpaPaymentRepository() {
        this(null);
    }

    @Override
    public Optional<Payment> ofBooking(long bookingId) {
        return entityManager.createQuery("select p from Payment p where p.bookingId = :booking", Payment.class)
                .setParameter("booking", bookingId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Payment> ofBookings(Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select p from Payment p where p.bookingId in :bookings", Payment.class)
                .setParameter("bookings", List.copyOf(bookingIds))
                .getResultList();
    }

    @Override
    public Optional<Payment> byCheckoutSession(String checkoutSessionId) {
        return entityManager.createQuery("select p from Payment p where p.checkoutSessionId = :session",
                        Payment.class)
                .setParameter("session", checkoutSessionId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Payment payment) {
        entityManager.persist(payment);
        flush();
    }

    /** The payment has no relations, so a pessimistic lock of the entity reloads nothing else. */
    @Override
    public Payment lock(Payment payment) {
        entityManager.lock(payment, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(payment);
        return payment;
    }

    @Override
    public List<Long> openPaymentBookings(int limit) {
        return entityManager.createQuery("""
                        select p.bookingId from Payment p
                        where p.status = com.buildappswith.booking.payment.model.PaymentStatus.OPEN
                        order by p.createdAt""", Long.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * PostgreSQL: a transaction-scoped advisory lock on the id's hash (released at commit, so pooled connections keep
     * none), for deliveries on several nodes. H2, the single-node embedded database, has no such lock and needs
     * none: the deliveries of one node already wait for each other in {@code PaymentProcess}.
     */
    @Override
    public void awaitOtherDeliveries(String providerEventId) {
        if (entityManager.unwrap(Session.class).getPlatform().isPostgreSQL()) {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                    .setParameter(1, providerEventId)
                    .getResultList();
        }
    }

    @Override
    public boolean wasProcessed(String providerEventId) {
        return !entityManager.createQuery(
                        "select e.id from ProcessedWebhookEvent e where e.providerEventId = :event", Long.class)
                .setParameter("event", providerEventId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean record(ProcessedWebhookEvent event) {
        entityManager.persist(event);
        try {
            entityManager.flush();
            return true;
        } catch (PersistenceException e) {
            if (DatabaseFailure.of(e).filter(kind -> kind == DatabaseFailure.TAKEN).isPresent()) {
                return false;
            }
            throw DatabaseFailure.behind(e).orElseThrow(() -> e);
        }
    }

    @Override
    public void add(Refund refund) {
        entityManager.persist(refund);
        flush();
    }

    @Override
    public Optional<Refund> refund(long refundId) {
        return Optional.ofNullable(entityManager.find(Refund.class, refundId));
    }

    @Override
    public Optional<Refund> refundByProviderId(String providerRefundId) {
        return entityManager.createQuery("select r from Refund r where r.providerRefundId = :id", Refund.class)
                .setParameter("id", providerRefundId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Refund> refundByIdempotencyKey(String idempotencyKey) {
        return entityManager.createQuery("select r from Refund r where r.idempotencyKey = :key", Refund.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Refund lock(Refund refund) {
        entityManager.lock(refund, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(refund);
        return refund;
    }

    @Override
    public List<Refund> refundsOf(Payment payment) {
        return entityManager.createQuery("select r from Refund r where r.payment = :payment order by r.id",
                        Refund.class)
                .setParameter("payment", payment)
                .getResultList();
    }

    @Override
    public Map<Long, RefundProgress> refundProgressOf(Collection<Payment> candidates) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<Long, RefundProgress> progress = new HashMap<>();
        entityManager.createQuery("""
                        select r.payment.id, r.status, r.attempts, r.providerFailures from Refund r
                        where r.payment in :payments
                          and r.status <> com.buildappswith.booking.payment.model.RefundStatus.SUCCEEDED""",
                        Object[].class)
                .setParameter("payments", List.copyOf(candidates))
                .getResultList()
                .forEach(row -> progress.merge((Long) row[0], RefundProgress.of((RefundStatus) row[1],
                        ((Number) row[2]).intValue(), ((Number) row[3]).intValue()), RefundProgress::worse));
        return progress;
    }

    @Override
    public List<Refund> refundsNeedingAttention(int limit) {
        return entityManager.createQuery("""
                        select r from Refund r
                        where r.status = com.buildappswith.booking.payment.model.RefundStatus.FAILED
                        order by r.updatedAt desc, r.id desc""", Refund.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> dueRefunds(Instant now, int limit) {
        return entityManager.createQuery("""
                        select r.id from Refund r
                        where r.providerRefundId is null and r.nextAttemptAt <= :now
                          and r.status in (com.buildappswith.booking.payment.model.RefundStatus.REQUESTED,
                                           com.buildappswith.booking.payment.model.RefundStatus.PENDING)
                        order by r.nextAttemptAt""", Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    private void flush() {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            throw DatabaseFailure.behind(e).orElseThrow(() -> e);
        }
    }
}
