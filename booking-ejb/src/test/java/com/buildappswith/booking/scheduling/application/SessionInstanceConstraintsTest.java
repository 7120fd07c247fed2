package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.scheduling.model.SessionType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL's own guarantee that one builder's session instances (a session type at one start) never overlap,
 * buffers included, whatever the application writes: rows are inserted with plain SQL, past every check of the
 * application. Only PostgreSQL has the exclusion constraints; on H2 (no BOOKING_DB_URL) the test is skipped.
 */
class SessionInstanceConstraintsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant TEN = Instant.parse("2026-12-07T10:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(900_000_000);

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private long builderId;
    private long workshop;
    private long review;
    private long firstClient;
    private long secondClient;

    @BeforeEach
    void seed() {
        assumeTrue(DATABASE.isPostgreSql(), "the exclusion constraints exist on PostgreSQL only");
        String run = UUID.randomUUID().toString().substring(0, 8);
        inTransaction(entityManager -> {
            BuilderProfile builder = new BuilderProfile(account(entityManager, "builder-" + run), "Runs workshops",
                    "Bio", List.of("java"), LONDON);
            entityManager.persist(builder);
            SessionType group = new SessionType(builder, "Workshop", "Together", Duration.ofHours(1), null);
            SessionType single = new SessionType(builder, "Review", "One to one", Duration.ofHours(1), null);
            entityManager.persist(group);
            entityManager.persist(single);
            Account first = account(entityManager, "first-" + run);
            Account second = account(entityManager, "second-" + run);
            entityManager.flush();
            builderId = builder.id();
            workshop = group.id();
            review = single.id();
            firstClient = first.id();
            secondClient = second.id();
        });
    }

    @Test
    void clientsShareOneInstanceOfAGroupSession() {
        insertGroupSeat(workshop, firstClient, TEN, "CONFIRMED");

        assertThatCode(() -> insertGroupSeat(workshop, secondClient, TEN, "HELD")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnotherStartOfTheSameTypeThatOverlaps() {
        insertGroupSeat(workshop, firstClient, TEN, "CONFIRMED");

        assertThatThrownBy(() -> insertGroupSeat(workshop, secondClient, TEN.plus(Duration.ofMinutes(30)), "HELD"))
                .isInstanceOf(PersistenceException.class)
                .hasStackTraceContaining("booking_other_starts_no_overlap");
    }

    @Test
    void refusesAnotherTypeAtTheSameStart() {
        insertGroupSeat(workshop, firstClient, TEN, "CONFIRMED");

        assertThatThrownBy(() -> insertGroupSeat(review, secondClient, TEN, "HELD"))
                .isInstanceOf(PersistenceException.class)
                .hasStackTraceContaining("booking_other_session_types_no_overlap");
    }

    @Test
    void inactiveBookingsLeaveTheTimeFree() {
        insertGroupSeat(workshop, firstClient, TEN, "CANCELLED_BY_CLIENT");

        assertThatCode(() -> insertGroupSeat(review, secondClient, TEN.plus(Duration.ofMinutes(30)), "CONFIRMED"))
                .doesNotThrowAnyException();
    }

    /** A booking written straight into the table, occupying its hour plus 15 minutes after, on the Standard terms. */
    private void insertGroupSeat(long sessionType, long client, Instant start, String status) {
        inTransaction(entityManager -> entityManager.createNativeQuery("""
                        insert into booking (id, builder_id, client_id, session_type_id, starts_at, ends_at,
                            occupied_from, occupied_until, single_client, client_timezone, purpose, notes, status,
                            hold_expires_at, created_at, version, policy_id, policy_name, terms_free_cancel_minutes,
                            terms_refund_tiers, terms_reschedule_minutes, terms_max_reschedules, first_starts_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, false, 'Europe/London', 'test', '', ?, cast(? as timestamptz),
                            ?, 1, 1, 'Standard', 2880, '1440:50', 1440, 2, ?)""")
                .setParameter(1, IDS.incrementAndGet())
                .setParameter(2, builderId)
                .setParameter(3, client)
                .setParameter(4, sessionType)
                .setParameter(5, start.atOffset(ZoneOffset.UTC))
                .setParameter(6, start.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
                .setParameter(7, start.atOffset(ZoneOffset.UTC))
                .setParameter(8, start.plus(Duration.ofMinutes(75)).atOffset(ZoneOffset.UTC))
                .setParameter(9, status)
                .setParameter(10, status.equals("HELD") ? start.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)
                        : null)
                .setParameter(11, TEN.minus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC))
                .setParameter(12, start.atOffset(ZoneOffset.UTC))
                .executeUpdate());
    }

    private static Account account(EntityManager entityManager, String name) {
        Account account = new Account(name + "@example.com", name, LONDON, TEN.minus(Duration.ofDays(30)));
        account.grant(Role.CLIENT);
        entityManager.persist(account);
        return account;
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        DATABASE.inTransaction(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }
}
