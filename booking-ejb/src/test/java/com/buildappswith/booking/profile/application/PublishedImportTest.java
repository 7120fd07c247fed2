package com.buildappswith.booking.profile.application;

import com.buildappswith.booking.profile.infrastructure.JpaAccountRepository;
import com.buildappswith.booking.profile.infrastructure.JpaBuilderProfileRepository;
import com.buildappswith.booking.profile.model.EmailAddress;
import com.buildappswith.booking.profile.model.ProfileDetails;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
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
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes importing the same builders file at once (both load the demo data when they start), on a real database
 * (PostgreSQL when BOOKING_DB_URL names one, as in CI, else the embedded H2) without a container: each import in a
 * transaction of its own, as the import job's chunks are.
 */
class PublishedImportTest {

    private static final int BUILDERS = 12;
    /** Long enough for the second import, once started, to reach the first email before the first import commits. */
    private static final long FIRST_IMPORT_COMMITS_AFTER_MILLIS = 300;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Test
    void anImportOverlappingAnotherFinishesCountingItsBuildersAsAlreadyPresent() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<EmailAddress> file = IntStream.range(0, BUILDERS)
                .mapToObj(i -> EmailAddress.parse("builder-" + i + "-" + run + "@example.com").orElseThrow())
                .toList();
        CountDownLatch firstHasImported = new CountDownLatch(1);
        CountDownLatch secondStarts = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Tally> first = nodes.submit(() -> DATABASE.inTransaction(entityManager -> {
                Tally tally = importAll(entityManager, file);
                firstHasImported.countDown();
                awaitThenPause(secondStarts);
                return tally;
            }));
            assertThat(firstHasImported.await(60, TimeUnit.SECONDS)).as("the first import ran").isTrue();
            Future<Tally> second = nodes.submit(() -> DATABASE.inTransaction(entityManager -> {
                secondStarts.countDown();
                return importAll(entityManager, file);
            }));

            Tally firstTally = first.get(60, TimeUnit.SECONDS);
            Tally secondTally = second.get(60, TimeUnit.SECONDS);

            assertThat(firstTally).isEqualTo(new Tally(BUILDERS, 0));
            assertThat(secondTally).isEqualTo(new Tally(0, BUILDERS));
        } finally {
            nodes.shutdownNow();
        }
        assertThat(stored("select count(a) from Account a where a.emailNormalized like :run", run))
                .isEqualTo(BUILDERS);
        assertThat(stored("select count(b) from BuilderProfile b where b.account.emailNormalized like :run", run))
                .isEqualTo(BUILDERS);
    }

    /** What the import job's writer counts: builders created, and those whose email already had an account. */
    private record Tally(int created, int alreadyPresent) {
    }

    private static Tally importAll(EntityManager entityManager, List<EmailAddress> file) {
        PublishedImport publishedImport = new PublishedImport(new JpaAccountRepository(entityManager),
                new JpaBuilderProfileRepository(entityManager), CLOCK);
        int created = 0;
        for (EmailAddress email : file) {
            ProfileDetails details = new ProfileDetails("Builder " + email.value().substring(0, 10),
                    "Builds things", "", List.of("java"), ZoneId.of("Europe/London"), Optional.empty());
            if (publishedImport.importPublished(email, details).isPresent()) {
                created++;
            }
        }
        return new Tally(created, file.size() - created);
    }

    private static long stored(String query, String run) {
        return DATABASE.inTransaction(entityManager -> entityManager.createQuery(query, Long.class)
                .setParameter("run", "%-" + run + "@example.com")
                .getSingleResult());
    }

    /** Holds the first import's transaction open until the second import has started, and a moment longer. */
    private static void awaitThenPause(CountDownLatch secondStarts) {
        try {
            assertThat(secondStarts.await(60, TimeUnit.SECONDS)).as("the second import started").isTrue();
            Thread.sleep(FIRST_IMPORT_COMMITS_AFTER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
