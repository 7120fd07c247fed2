package com.buildappswith.booking.payment.application;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.application.AvailabilityCache;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.Seeds;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.scheduling.infrastructure.SlotBookers;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What the database itself refuses in the payment tables, whatever the application does (H2, or PostgreSQL when
 * BOOKING_DB_URL names one): one payment per booking, one payment per checkout, no negative amounts, no refund
 * beyond the payment, no empty refund, one refund per idempotency key, one row per provider event.
 */
class PaymentConstraintsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(800_000_000L);

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private long booking;
    private long otherBooking;

    @BeforeEach
    void seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String client = "client-" + run + "@example.com";
        long type = DATABASE.inTransaction(entityManager -> {
            BuilderProfile builder = Seeds.listedBuilder(entityManager, "builder-" + run + "@example.com", BERLIN,
                    LocalTime.of(9, 0), LocalTime.of(17, 0));
            SessionType paid = new SessionType(builder, "Review", "An hour", Duration.ofHours(1),
                    new Money(9900, Currency.getInstance("EUR")));
            entityManager.persist(paid);
            Seeds.client(entityManager, client, BERLIN);
            entityManager.flush();
            return paid.id();
        });
        booking = book(client, type, 10);
        otherBooking = book(client, type, 13);
    }

    @Test
    void aBookingHasOnePayment() {
        payment(booking, "cs_a", 9900, 0);
        assertThat(refusal(() -> payment(booking, "cs_b", 9900, 0))).contains(DatabaseFailure.TAKEN);
    }

    @Test
    void aCheckoutBelongsToOnePayment() {
        payment(booking, "cs_same", 9900, 0);
        assertThat(refusal(() -> payment(otherBooking, "cs_same", 9900, 0))).contains(DatabaseFailure.TAKEN);
    }

    @Test
    void amountsAreNeverNegativeAndRefundsNeverExceedThePayment() {
        assertThat(refusal(() -> payment(booking, null, -1, 0))).contains(DatabaseFailure.BROKEN_RULE);
        assertThat(refusal(() -> payment(booking, null, 9900, 9901))).contains(DatabaseFailure.BROKEN_RULE);
        assertThat(refusal(() -> payment(booking, null, 9900, -1))).contains(DatabaseFailure.BROKEN_RULE);
    }

    @Test
    void aRefundGivesSomethingBackOncePerKey() {
        long payment = payment(booking, null, 9900, 0);
        assertThat(refusal(() -> refund(payment, 0, "key-0"))).contains(DatabaseFailure.BROKEN_RULE);
        refund(payment, 100, "key-1");
        assertThat(refusal(() -> refund(payment, 100, "key-1"))).contains(DatabaseFailure.TAKEN);
    }

    @Test
    void aProviderEventIsRecordedOnce() {
        event("evt_once");
        assertThat(refusal(() -> event("evt_once"))).contains(DatabaseFailure.TAKEN);
    }

    private long book(String client, long type, int hour) {
        Instant slot = LocalDate.of(2026, 12, 4).atTime(hour, 0).atZone(BERLIN).toInstant();
        return DATABASE.inTransaction(entityManager -> SlotBookers.over(entityManager, Clock.fixed(NOW,
                                ZoneOffset.UTC),
                        BookingPolicySource.fixed(BookingLimits.DEFAULTS, new HoldLimits(5, Duration.ZERO)),
                        new AvailabilityCache(), change -> { })
                .book(client, new BookingRequest(type, slot, BERLIN, "Review", null)).id());
    }

    private static long payment(long bookingId, String checkout, long amount, long refunded) {
        long id = IDS.incrementAndGet();
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("""
                        insert into payment (id, booking_id, provider, checkout_session_id, checkout_url,
                            checkout_expires_at, amount_minor, currency, status, refunded_minor, created_at, updated_at,
                            version)
                        values (?, ?, 'test', ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE), ?, 'EUR', 'OPEN', ?,
                            CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)""")
                .setParameter(1, id)
                .setParameter(2, bookingId)
                .setParameter(3, checkout)
                .setParameter(4, checkout == null ? null : "https://pay.example/" + checkout)
                .setParameter(5, checkout == null ? null : "2026-12-01 09:00:00+00")
                .setParameter(6, amount)
                .setParameter(7, refunded)
                .executeUpdate());
        return id;
    }

    private static void refund(long paymentId, long amount, String key) {
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("""
                        insert into refund (id, payment_id, amount_minor, currency, reason, idempotency_key, status,
                            attempts, created_at, updated_at, version)
                        values (?, ?, ?, 'EUR', 'test', ?, 'REQUESTED', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)""")
                .setParameter(1, IDS.incrementAndGet())
                .setParameter(2, paymentId)
                .setParameter(3, amount)
                .setParameter(4, key)
                .executeUpdate());
    }

    private static void event(String eventId) {
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("""
                        insert into processed_webhook_event (id, provider_event_id, provider, kind, received_at)
                        values (?, ?, 'test', 'CHECKOUT_PAID', CURRENT_TIMESTAMP)""")
                .setParameter(1, IDS.incrementAndGet())
                .setParameter(2, eventId)
                .executeUpdate());
    }

    private static Optional<DatabaseFailure> refusal(Runnable write) {
        return DatabaseFailure.of(catchThrowable(write::run));
    }
}
