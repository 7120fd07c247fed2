package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.SessionType;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start that keeps a moved booking's cancellation deadlines (V8), on a database whose bookings were made and
 * moved before it: a booking never moved starts where it is, one moved twice where its first move took it from.
 */
class FirstStartMigrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant FIRST = Instant.parse("2026-12-07T09:00:00Z");

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.upToVersion(kind -> "7");

    @Test
    void bookingsMadeBeforeTheFirstStartWasKeptGetItFromTheirFirstMove() {
        long[] ids = DATABASE.inTransaction(entityManager -> {
            BuilderProfile builder = Seeds.listedBuilder(entityManager, "ada@example.com", BERLIN,
                    LocalTime.of(9, 0), LocalTime.of(17, 0));
            SessionType type = new SessionType(builder, "Intro call", "", Duration.ofMinutes(30), null);
            entityManager.persist(type);
            Account client = Seeds.client(entityManager, "grace@example.com", BERLIN);
            entityManager.flush();
            insertBooking(entityManager, 1, builder.id(), client.id(), type.id(), FIRST.plus(Duration.ofDays(1)));
            insertBooking(entityManager, 2, builder.id(), client.id(), type.id(), FIRST.plus(Duration.ofDays(9)));
            entityManager.createNativeQuery("""
                            INSERT INTO booking_event (id, booking_id, from_status, to_status, actor, reason, at)
                            VALUES (11, 2, NULL, 'CONFIRMED', 'grace@example.com', 'booked', ?)""")
                    .setParameter(1, at(FIRST.minus(Duration.ofDays(30)))).executeUpdate();
            insertEvent(entityManager, 12, 2, FIRST, FIRST.plus(Duration.ofDays(2)));
            insertEvent(entityManager, 13, 2, FIRST.plus(Duration.ofDays(2)), FIRST.plus(Duration.ofDays(9)));
            return new long[] {1, 2};
        });

        assertThat(DATABASE.migrateToLatest()).isPositive();

        Booking neverMoved = DATABASE.inTransaction(entityManager -> entityManager.find(Booking.class, ids[0]));
        Booking movedTwice = DATABASE.inTransaction(entityManager -> entityManager.find(Booking.class, ids[1]));
        assertThat(neverMoved.firstStartsAt()).isEqualTo(FIRST.plus(Duration.ofDays(1)));
        assertThat(movedTwice.firstStartsAt()).isEqualTo(FIRST);
        assertThat(movedTwice.standing().cancellationNoticeFrom()).isEqualTo(FIRST);
    }

    private static void insertBooking(EntityManager entityManager, long id, long builder,
                                      long client, long type, Instant start) {
        entityManager.createNativeQuery("""
                        INSERT INTO booking (id, builder_id, client_id, session_type_id, starts_at, ends_at,
                            occupied_from, occupied_until, single_client, client_timezone, purpose, notes, status,
                            created_at, policy_id, policy_name, terms_free_cancel_minutes, terms_refund_tiers,
                            terms_reschedule_minutes, terms_max_reschedules, reschedule_count, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 'Europe/Berlin', 'Talk', '', 'CONFIRMED', ?, 1,
                            'Standard', 2880, '1440:50', 1440, 2, ?, 1)""")
                .setParameter(1, id).setParameter(2, builder).setParameter(3, client).setParameter(4, type)
                .setParameter(5, at(start)).setParameter(6, at(start.plus(Duration.ofMinutes(30))))
                .setParameter(7, at(start)).setParameter(8, at(start.plus(Duration.ofMinutes(30))))
                .setParameter(9, at(FIRST.minus(Duration.ofDays(30)))).setParameter(10, id == 2 ? 2 : 0)
                .executeUpdate();
    }

    private static void insertEvent(EntityManager entityManager, long id, long booking,
                                    Instant from, Instant to) {
        entityManager.createNativeQuery("""
                        INSERT INTO booking_event (id, booking_id, from_status, to_status, actor, reason, at,
                            moved_from, moved_to)
                        VALUES (?, ?, 'CONFIRMED', 'CONFIRMED', 'grace@example.com', 'moved', ?, ?, ?)""")
                .setParameter(1, id).setParameter(2, booking).setParameter(3, at(FIRST.minus(Duration.ofDays(20))))
                .setParameter(4, at(from)).setParameter(5, at(to))
                .executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
