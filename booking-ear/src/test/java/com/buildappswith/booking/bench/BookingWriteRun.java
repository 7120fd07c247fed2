package com.buildappswith.booking.bench;

import com.buildappswith.booking.notification.application.BookingNotices;
import com.buildappswith.booking.notification.infrastructure.NoticeWriters;
import com.buildappswith.booking.notification.model.NoticeLinks;
import com.buildappswith.booking.policy.model.SiteLimits;
import com.buildappswith.booking.scheduling.application.AvailabilityCache;
import com.buildappswith.booking.scheduling.application.BookingRefusedException;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.SlotBooker;
import com.buildappswith.booking.scheduling.infrastructure.SlotBookers;
import com.buildappswith.booking.shared.persistence.BookingPersistenceUnit;
import com.buildappswith.booking.shared.persistence.DatabaseTarget;
import com.buildappswith.booking.shared.persistence.SchemaMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The booking-write load run of {@code bench/booking-load.sh}; a main class, never run as a test. It measures the
 * booking transaction on PostgreSQL the way pgbench measures its own: clients that talk to the database, here
 * through the application's own persistence unit (EclipseLink, the Flyway schema) and the very code the server
 * runs once a client has signed in ({@link SlotBooker}: lock the client, read the terms and limits the database
 * stores, lock the builder, check the limits and the slot with the slot engine, write the booking and its audit
 * event, and the notices both parties get, with the calendar invite), in a resource-local transaction instead of
 * the server's JTA one. HTTP, JSON and the application server are not in it; {@link BookingLoadRun} measures
 * those too.
 * <p>
 * {@code --step migrate} creates the schema with the application's migrations and ends (the script then seeds
 * builders and clients with {@code bench/seed-*.sql}); {@code --step run} does the rest of {@link BookingLoad}.
 * The clients are the seeded {@code bench-client-N@bench.invalid} accounts (the first {@code clients} for the
 * measured run, the next {@code warm-up-clients} for the warm-up). A builder's free slots are the seeded fixture's
 * grid: every 30 minutes from 06:00 to 21:30 UTC, from tomorrow on, all free in a fresh database.
 * <p>
 * Arguments: step, jdbc-url, user, password, and those of {@link BookingLoad}.
 */
public final class BookingWriteRun extends BookingLoad<BookingLoad.Client> {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Kolkata");
    private static final LocalTime FIRST_START = LocalTime.of(6, 0);
    private static final LocalTime LAST_START = LocalTime.of(21, 30);
    private static final Duration STEP = Duration.ofMinutes(30);
    private static final NoticeLinks LINKS = new NoticeLinks(NoticeLinks.DEFAULT_PUBLIC_URL);

    private final Clock clock = Clock.systemUTC();
    private final AvailabilityCache availabilityCache = new AvailabilityCache();
    private EntityManagerFactory factory;

    private BookingWriteRun(Map<String, String> options) {
        super(options);
    }

    public static void main(String[] args) throws Exception {
        new BookingWriteRun(options(args)).start();
    }

    private void start() throws Exception {
        String step = option("step", "run");
        switch (step) {
            case "migrate" -> migrate();
            case "run" -> {
                factory = BookingPersistenceUnit.outsideServer(option("jdbc-url", ""), option("user", ""),
                        option("password", ""), option("workers", 8));
                try {
                    run();
                } finally {
                    factory.close();
                }
            }
            default -> throw new IllegalArgumentException("--step is migrate or run, not " + step);
        }
    }

    private void migrate() {
        int applied = SchemaMigrations.apply(option("jdbc-url", ""), option("user", ""), option("password", ""),
                DatabaseTarget.Kind.POSTGRESQL);
        say("schema created: %d migrations applied", applied);
    }

    @Override
    Answer book(Client client, Builder builder, Instant slot) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            // As the http run's server: no payment keys (test mode), and no limits configured for the node.
            BookingNotices notices = NoticeWriters.over(entityManager, LINKS, true, clock);
            SlotBookers.over(entityManager, clock, SlotBookers.storedPolicies(entityManager, SiteLimits.BUILT_IN),
                            availabilityCache, notices::changed)
                    .book(client.email, new BookingRequest(builder.sessionTypeId, slot, CLIENT_ZONE, "Load run", null));
            transaction.commit();
            return Answer.CREATED;
        } catch (BookingRefusedException e) {
            return Answer.refused(e.getMessage(), e.isConflict(), e.getMessage());
        } catch (RuntimeException e) {
            return new Answer(Outcome.OTHER, e.toString());
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    // ---- set-up (not measured) ---------------------------------------------------------------------------------

    @Override
    List<Builder> builders(String namePrefix, int expected) {
        EntityManager entityManager = factory.createEntityManager();
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                            select b.id, t.id from builder_profile b
                            join account a on a.id = b.account_id
                            join session_type t on t.builder_id = b.id and t.name = 'Bench call'
                            where a.display_name like ?1
                            order by b.id""")
                    .setParameter(1, namePrefix + "%")
                    .getResultList();
            if (rows.size() != expected) {
                throw new IllegalStateException("Expected " + expected + " builders named " + namePrefix
                        + "..., found " + rows.size() + ": was bench/seed-builders.sql applied?");
            }
            return rows.stream()
                    .map(row -> new Builder(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                    .toList();
        } finally {
            entityManager.close();
        }
    }

    @Override
    Client client(int index) {
        return new Client("bench-client-" + (index + 1) + "@bench.invalid");
    }

    @Override
    void loadFreeSlots(Builder builder, int days) {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        for (LocalDate day = tomorrow; day.isBefore(tomorrow.plusDays(days)); day = day.plusDays(1)) {
            for (LocalTime start = FIRST_START; !start.isAfter(LAST_START); start = start.plus(STEP)) {
                builder.free.add(day.atTime(start).toInstant(ZoneOffset.UTC));
            }
        }
    }
}
