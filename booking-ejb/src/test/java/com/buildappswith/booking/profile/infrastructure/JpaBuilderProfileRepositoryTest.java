package com.buildappswith.booking.profile.infrastructure;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.EmailAddress;
import com.buildappswith.booking.profile.model.ProfileDetails;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.shared.Page;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages' reads of builder profiles against a real database (PostgreSQL when BOOKING_DB_URL names one,
 * else the embedded H2), by the statements they send: an anonymous visitor's page costs a fixed few, however many
 * builders it shows.
 */
class JpaBuilderProfileRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static long firstId;

    @BeforeAll
    static void publishBuilders() {
        List<Long> ids = IntStream.range(0, 5).mapToObj(n -> DATABASE.inTransaction(entityManager -> {
            BuilderProfile profile = BuilderProfile.imported(new EmailAddress("b" + n + "-" + RUN + "@example.com"),
                    new ProfileDetails("Builder " + n + " " + RUN, "Builds things", "Bio", List.of("java", "sql"),
                            ZoneId.of("Europe/Berlin"), Optional.empty()), NOW);
            entityManager.persist(profile.account());
            entityManager.persist(profile);
            entityManager.flush();
            return profile.id();
        })).toList();
        firstId = ids.get(0);
    }

    @Test
    void aPageOfTheDirectoryReadsTheBuildersWithTheirAccountsInOneStatement() {
        Counted<Page<BuilderProfile>> page = counted(profiles -> {
            Page<BuilderProfile> found = profiles.listed(RUN, "", 0, 12);
            found.items().forEach(profile -> assertThat(profile.displayName()).contains(RUN));
            return found;
        });

        assertThat(page.result().items()).hasSize(5);
        assertThat(page.statements()).as("the count, and the page with its accounts").isEqualTo(2);
    }

    @Test
    void aBuilderIsReadWithItsAccountInOneStatement() {
        Counted<Optional<BuilderProfile>> shown = counted(profiles -> {
            Optional<BuilderProfile> found = profiles.withAccount(firstId);
            found.ifPresent(profile -> assertThat(profile.isListed()).isTrue());
            return found;
        });

        assertThat(shown.result()).map(BuilderProfile::displayName).contains("Builder 0 " + RUN);
        assertThat(shown.statements()).isEqualTo(1);
        assertThat(counted(profiles -> profiles.withAccount(-1)).result()).isEmpty();
    }

    private record Counted<T>(T result, int statements) {
    }

    /** What {@code work} answers, and how many statements it sent, in a transaction and entity manager of its own. */
    private static <T> Counted<T> counted(Function<JpaBuilderProfileRepository, T> work) {
        return DATABASE.inTransaction(entityManager -> {
            AtomicInteger statements = new AtomicInteger();
            SessionEventAdapter counter = new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                    statements.incrementAndGet();
                }
            };
            // On the factory's session, whose events the transaction's own sessions raise as well.
            Session session = entityManager.getEntityManagerFactory().unwrap(Session.class);
            session.getEventManager().addListener(counter);
            try {
                T result = work.apply(new JpaBuilderProfileRepository(entityManager));
                return new Counted<>(result, statements.get());
            } finally {
                session.getEventManager().removeListener(counter);
            }
        });
    }
}
