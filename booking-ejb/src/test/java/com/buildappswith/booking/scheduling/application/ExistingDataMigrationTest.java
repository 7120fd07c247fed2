package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.infrastructure.SlotBookers;
import com.buildappswith.booking.scheduling.model.AvailabilityException;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.scheduling.model.TimeOff;
import com.buildappswith.booking.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that adds the database's own checks (V5), on a database that already holds what the application
 * wrote before it (builders with weekly hours to midnight, date overrides, time off, held, confirmed and expired
 * bookings) and what earlier versions let the API store (a type with a 1-minute step and an unbounded horizon,
 * notice and capacity, a hold without its expiry): the migration succeeds, and such rows are brought within the
 * rules instead of stopping the upgrade.
 */
class ExistingDataMigrationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    // The client holds several slots of that day on purpose; the cap on live holds is another test's subject.
    private static final HoldLimits HOLDS = new HoldLimits(10, Duration.ZERO);

    @RegisterExtension
    // The schema just before V5, whose checks are the subject (V4_5 only adds columns the entities now map).
    static final TestDatabase DATABASE = TestDatabase.upToVersion(kind -> "4.5");

    @Test
    void theChecksArriveOnADatabaseThatHoldsDataOfEarlierVersions() {
        long[] ids = DATABASE.inTransaction(entityManager -> {
            BuilderProfile builder = Seeds.listedBuilder(entityManager, "ada@example.com", NEW_YORK,
                    LocalTime.of(9, 0), LocalTime.MIDNIGHT);
            entityManager.persist(AvailabilityException.override(builder, FRIDAY.plusDays(7),
                    Optional.of(new LocalRange(LocalTime.of(10, 0), LocalTime.of(12, 0)))));
            entityManager.persist(AvailabilityException.override(builder, FRIDAY.plusDays(8), Optional.empty()));
            entityManager.persist(AvailabilityException.timeOff(builder,
                    TimeOff.wholeDays(FRIDAY.plusDays(14), FRIDAY.plusDays(15), NEW_YORK), "Holiday"));
            Account client = Seeds.client(entityManager, "client@example.com", NEW_YORK);
            Account other = Seeds.client(entityManager, "other@example.com", NEW_YORK);
            entityManager.flush();
            return new long[] {builder.id(), client.id(), other.id()};
        });
        long builderId = ids[0];
        long client = ids[1];
        long other = ids[2];
        // Also as those versions wrote them: the session type entity now maps a column (its policy) they lacked.
        long paidType = 900_000_020L;
        long freeType = 900_000_021L;
        oldSessionType(paidType, builderId, "Review", 60, 15000L);
        oldSessionType(freeType, builderId, "Intro", 20, null);
        // Written as the versions before V5 wrote them (the entities now map columns those versions lacked): a hold
        // that lapsed and was marked EXPIRED, a confirmed free session, a lapsed hold of the slot another client
        // holds now, and that client's live hold.
        long lapsed = 900_000_010L;
        Instant later = NOW.plus(HoldLimits.DEFAULT_HOLD);
        oldBooking(lapsed, builderId, client, paidType, FRIDAY.atTime(10, 0), Duration.ofHours(1), "EXPIRED",
                NOW, NOW.plus(HoldLimits.DEFAULT_HOLD));
        oldBooking(900_000_011L, builderId, other, freeType, FRIDAY.atTime(14, 0), Duration.ofMinutes(20),
                "CONFIRMED", NOW, null);
        oldBooking(900_000_012L, builderId, other, paidType, FRIDAY.atTime(16, 0), Duration.ofHours(1), "EXPIRED",
                NOW, NOW.plus(HoldLimits.DEFAULT_HOLD));
        long liveHold = 900_000_013L;
        oldBooking(liveHold, builderId, client, paidType, FRIDAY.atTime(16, 0), Duration.ofHours(1), "HELD", later,
                later.plus(HoldLimits.DEFAULT_HOLD));
        long unbounded = 900_000_001L;
        long holdWithoutExpiry = 900_000_002L;
        DATABASE.inTransaction(entityManager -> {
            entityManager.createNativeQuery("""
                            insert into session_type (id, builder_id, name, description, duration_minutes, active,
                                version, buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes,
                                horizon_days, step_minutes, capacity, max_per_day)
                            values (?, ?, 'Marathon', '', 60, true, 1, 0, 0, 99999, 5000, 1, 500, 0)""")
                    .setParameter(1, unbounded)
                    .setParameter(2, builderId)
                    .executeUpdate();
            return entityManager.createNativeQuery("""
                            insert into booking (id, builder_id, client_id, session_type_id, starts_at, ends_at,
                                occupied_from, occupied_until, single_client, client_timezone, purpose, notes, status,
                                created_at, version)
                            select ?, builder_id, client_id, session_type_id, starts_at + interval '1' day,
                                ends_at + interval '1' day, occupied_from + interval '1' day,
                                occupied_until + interval '1' day, single_client, client_timezone, purpose, notes,
                                'HELD', created_at, 1
                            from booking where id = ?""")
                    .setParameter(1, holdWithoutExpiry)
                    .setParameter(2, lapsed)
                    .executeUpdate();
        });

        assertThat(DATABASE.migrateToLatest()).isPositive();

        SlotRules clamped = DATABASE.inTransaction(entityManager ->
                entityManager.find(SessionType.class, unbounded).slotRules());
        assertThat(clamped.step()).isEqualTo(Duration.ofMinutes(SlotRules.SHORTEST_STEP_MINUTES));
        assertThat(clamped.horizon()).isEqualTo(Duration.ofDays(SlotRules.LONGEST_HORIZON_DAYS));
        assertThat(clamped.minimumNotice()).isEqualTo(Duration.ofMinutes(SlotRules.LONGEST_NOTICE_MINUTES));
        assertThat(clamped.capacity()).isEqualTo(SlotRules.LARGEST_CAPACITY);
        assertThat(clamped.maxPerDay()).hasValue(1);
        OptionalInt uncapped = DATABASE.inTransaction(entityManager ->
                entityManager.find(SessionType.class, paidType).slotRules().maxPerDay());
        assertThat(uncapped).isEmpty();
        Booking lapsedHold = DATABASE.inTransaction(entityManager ->
                entityManager.find(Booking.class, holdWithoutExpiry));
        assertThat(lapsedHold.holdExpiresAt()).contains(NOW.plus(HoldLimits.DEFAULT_HOLD));
        Booking held = DATABASE.inTransaction(entityManager -> entityManager.find(Booking.class, liveHold));
        assertThat(held.price()).contains(new Money(15000, Currency.getInstance("USD")));
        List<BookingStatus> statuses = DATABASE.inTransaction(entityManager -> entityManager.createQuery(
                        "select b.status from Booking b where b.builder.id = :builder order by b.id",
                        BookingStatus.class)
                .setParameter("builder", builderId)
                .getResultList());
        assertThat(statuses).containsExactly(BookingStatus.HELD, BookingStatus.EXPIRED, BookingStatus.CONFIRMED,
                BookingStatus.EXPIRED, BookingStatus.HELD);
        assertThat(book("client@example.com", paidType, FRIDAY.atTime(11, 0)).status()).isEqualTo(BookingStatus.HELD);
    }

    /** A session type row as the versions before V7 wrote it, paid in USD or free ({@code priceMinor} null). */
    private static void oldSessionType(long id, long builder, String name, int minutes, Long priceMinor) {
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("""
                        insert into session_type (id, builder_id, name, description, duration_minutes, price_minor,
                            price_currency, active, version, buffer_before_minutes, buffer_after_minutes,
                            minimum_notice_minutes, horizon_days, step_minutes, capacity)
                        values (?, ?, ?, '', ?, CAST(? AS BIGINT), CAST(? AS VARCHAR(3)), true, 1, 0, 0, 240, 60, 30,
                            1)""")
                .setParameter(1, id)
                .setParameter(2, builder)
                .setParameter(3, name)
                .setParameter(4, minutes)
                .setParameter(5, priceMinor)
                .setParameter(6, priceMinor == null ? null : "USD")
                .executeUpdate());
    }

    /** A booking row as the versions before V5 wrote it: no price of its own, the hold's expiry where there is one. */
    private static void oldBooking(long id, long builder, long client, long type, LocalDateTime start,
                                   Duration length, String status, Instant created, Instant holdExpiresAt) {
        Instant startsAt = start.atZone(NEW_YORK).toInstant();
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("""
                        insert into booking (id, builder_id, client_id, session_type_id, starts_at, ends_at,
                            occupied_from, occupied_until, single_client, client_timezone, purpose, notes, status,
                            hold_expires_at, created_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, true, 'America/New_York', 'Questions', '', ?,
                            CAST(? AS TIMESTAMP WITH TIME ZONE), ?, 1)""")
                .setParameter(1, id)
                .setParameter(2, builder)
                .setParameter(3, client)
                .setParameter(4, type)
                .setParameter(5, OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC))
                .setParameter(6, OffsetDateTime.ofInstant(startsAt.plus(length), ZoneOffset.UTC))
                .setParameter(7, OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC))
                .setParameter(8, OffsetDateTime.ofInstant(startsAt.plus(length), ZoneOffset.UTC))
                .setParameter(9, status)
                .setParameter(10, holdExpiresAt == null ? null : OffsetDateTime.ofInstant(holdExpiresAt, ZoneOffset.UTC))
                .setParameter(11, OffsetDateTime.ofInstant(created, ZoneOffset.UTC))
                .executeUpdate());
    }

    private static BookingView book(String client, long type, LocalDateTime start) {
        return book(client, type, start, NOW);
    }

    private static BookingView book(String client, long type, LocalDateTime start, Instant at) {
        return DATABASE.inTransaction(entityManager -> SlotBookers.over(entityManager, Clock.fixed(at, ZoneOffset.UTC),
                        BookingPolicySource.fixed(BookingLimits.DEFAULTS, HOLDS),
                        new AvailabilityCache(), change -> { })
                .book(client, new BookingRequest(type, start.atZone(NEW_YORK).toInstant(), NEW_YORK, "Questions",
                        null)));
    }

}
