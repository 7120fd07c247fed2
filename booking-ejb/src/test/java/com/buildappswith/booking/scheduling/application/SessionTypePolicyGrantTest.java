package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.infrastructure.JpaAdminAuditRepository;
import com.buildappswith.booking.policy.infrastructure.JpaPolicyRepository;
import com.buildappswith.booking.policy.model.CancellationPolicy;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.infrastructure.JpaSessionTypeRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes starting with demo data at once, as two transactions on two connections of a real database (PostgreSQL
 * when BOOKING_DB_URL names one, else H2): both give the demo session type its policy, the policy is created once,
 * and neither fails. The first grant keeps its transaction open after creating the policy, so the second one runs
 * exactly while the new row is not committed yet: the moment at which it used to insert a second row.
 */
class SessionTypePolicyGrantTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long WAIT_SECONDS = 20;

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.withConnections(4);

    private final ExecutorService nodes = Executors.newFixedThreadPool(2);
    private String builder;
    private String sessionType;
    private CancellationTerms terms;
    private long typeId;

    @BeforeEach
    void seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        builder = "demo-" + run + "@example.com";
        sessionType = "Architecture review " + run;
        terms = new CancellationTerms("Flexible " + run, DemoCancellationPolicy.FLEXIBLE.freeCancellationNotice(),
                DemoCancellationPolicy.FLEXIBLE.tiers(), DemoCancellationPolicy.FLEXIBLE.rescheduleNotice(),
                DemoCancellationPolicy.FLEXIBLE.maxReschedules());
        typeId = DATABASE.inTransaction(entityManager -> {
            BuilderProfile profile = Seeds.listedBuilder(entityManager, builder, BERLIN, LocalTime.of(9, 0),
                    LocalTime.of(17, 0));
            SessionType type = new SessionType(profile, sessionType, "An hour", Duration.ofHours(1), null);
            entityManager.persist(type);
            entityManager.flush();
            return type.id();
        });
    }

    @AfterEach
    void stop() {
        nodes.shutdownNow();
    }

    @Test
    void twoNodesGrantingAtOnceCreateThePolicyOnceAndBothSucceed() throws Exception {
        CountDownLatch firstGranted = new CountDownLatch(1);
        Future<Boolean> first = nodes.submit(() -> DATABASE.inTransaction(entityManager -> {
            boolean granted = grant(entityManager);
            firstGranted.countDown();
            pause();
            return granted;
        }));
        assertThat(firstGranted.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        Future<Boolean> second = nodes.submit(() -> DATABASE.inTransaction(this::grant));

        assertThat(first.get(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        List<CancellationPolicy> named = DATABASE.inTransaction(entityManager -> entityManager.createQuery(
                        "select p from CancellationPolicy p where p.terms.name = :name", CancellationPolicy.class)
                .setParameter("name", terms.name())
                .getResultList());
        assertThat(named).hasSize(1);
        assertThat(named.get(0).isPublished()).isTrue();
        Optional<Long> chosen = DATABASE.inTransaction(entityManager -> entityManager.find(SessionType.class, typeId)
                .policyId());
        assertThat(chosen).contains(named.get(0).id());
        Number created = DATABASE.inTransaction(entityManager -> (Number) entityManager.createNativeQuery(
                        "SELECT COUNT(*) FROM admin_audit WHERE actor = ? AND action = 'created' AND after_value LIKE ?")
                .setParameter(1, DemoCancellationPolicy.ACTOR)
                .setParameter(2, terms.name() + ":%")
                .getSingleResult());
        assertThat(created.longValue()).isEqualTo(1);
    }

    @Test
    void aSecondRunChangesNothingAndAnUnknownTypeIsSaid() {
        boolean firstRun = DATABASE.inTransaction(this::grant);
        boolean secondRun = DATABASE.inTransaction(this::grant);
        boolean unknownType = DATABASE.inTransaction(entityManager -> new SessionTypePolicyGrant(
                new JpaPolicyRepository(entityManager), new JpaAdminAuditRepository(entityManager),
                new JpaSessionTypeRepository(entityManager), Clock.fixed(NOW, ZoneOffset.UTC))
                .grant(builder, "No such type", terms, DemoCancellationPolicy.ACTOR));

        assertThat(firstRun).isTrue();
        assertThat(secondRun).isTrue();
        assertThat(unknownType).isFalse();
    }

    private boolean grant(EntityManager entityManager) {
        return new SessionTypePolicyGrant(new JpaPolicyRepository(entityManager),
                new JpaAdminAuditRepository(entityManager), new JpaSessionTypeRepository(entityManager),
                Clock.fixed(NOW, ZoneOffset.UTC)).grant(builder, sessionType, terms, DemoCancellationPolicy.ACTOR);
    }

    /** Long enough for the second grant to reach the point where it waits (or, before, inserted its own row). */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
