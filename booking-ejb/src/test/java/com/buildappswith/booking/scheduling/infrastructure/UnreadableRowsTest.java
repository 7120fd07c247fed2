package com.buildappswith.booking.scheduling.infrastructure;

import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.application.AvailabilityCache;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingView;
import com.buildappswith.booking.scheduling.application.Seeds;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.SessionType;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A builder's row that the model cannot read (here written after dropping the checks that would refuse it, as a row
 * from before them, or written by hand past them, would be) is left out of the builder's availability instead of
 * failing every search and booking with the builder.
 */
class UnreadableRowsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final AtomicLong IDS = new AtomicLong(700_000_000);

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private long builderId;
    private long typeId;
    private String client;

    @BeforeAll
    static void withoutTheChecksThatKeepSuchRowsOut() {
        DATABASE.inTransaction(entityManager -> {
            entityManager.createNativeQuery("alter table weekly_availability "
                    + "drop constraint weekly_availability_valid_from_before_until").executeUpdate();
            entityManager.createNativeQuery("alter table availability_exception "
                    + "drop constraint availability_exception_time_off_starts_before_it_ends").executeUpdate();
            entityManager.createNativeQuery("alter table availability_exception "
                    + "drop constraint availability_exception_override_has_a_date_and_both_ends").executeUpdate();
            return null;
        });
    }

    @BeforeEach
    void seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        client = "client-" + run + "@example.com";
        typeId = inTransaction(entityManager -> {
            BuilderProfile builder = Seeds.listedBuilder(entityManager, "builder-" + run + "@example.com", NEW_YORK,
                    LocalTime.of(9, 0), LocalTime.of(17, 0));
            SessionType type = new SessionType(builder, "Call", "An hour", Duration.ofHours(1), null);
            entityManager.persist(type);
            Seeds.client(entityManager, client, NEW_YORK);
            entityManager.flush();
            builderId = builder.id();
            return type.id();
        });
        OffsetDateTime ten = FRIDAY.atTime(10, 0).atZone(NEW_YORK).toOffsetDateTime();
        execute("insert into weekly_availability (id, builder_id, day_of_week, start_time, end_time, valid_from, "
                        + "valid_until) values (?, ?, 'MONDAY', ?, ?, ?, ?)", IDS.incrementAndGet(), builderId,
                LocalTime.of(9, 0), LocalTime.of(12, 0), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 1));
        execute("insert into availability_exception (id, builder_id, kind, starts_at, ends_at) "
                + "values (?, ?, 'TIME_OFF', ?, ?)", IDS.incrementAndGet(), builderId, ten, ten.minusHours(1));
        execute("insert into availability_exception (id, builder_id, kind, start_time, end_time) "
                        + "values (?, ?, 'OVERRIDE', ?, ?)", IDS.incrementAndGet(), builderId, LocalTime.of(9, 0),
                LocalTime.of(10, 0));
    }

    @Test
    void theBuildersAvailabilityLeavesTheBadRowsOut() {
        Availability availability = inTransaction(entityManager -> new JpaAvailabilityRepository(entityManager)
                .of(entityManager.find(BuilderProfile.class, builderId)).availability());

        assertThat(availability.weekly()).hasSize(7).allSatisfy(range -> assertThat(range.hours())
                .isEqualTo(new LocalRange(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        assertThat(availability.overrides()).isEmpty();
        assertThat(availability.timeOff()).isEmpty();
    }

    @Test
    void bookingWithTheBuilderStillWorks() {
        BookingView booking = inTransaction(entityManager -> SlotBookers.over(entityManager,
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        BookingPolicySource.fixed(BookingLimits.DEFAULTS, HoldLimits.DEFAULTS),
                        new AvailabilityCache(), change -> { })
                .book(client, new BookingRequest(typeId, FRIDAY.atTime(10, 0).atZone(NEW_YORK).toInstant(), NEW_YORK,
                        "A question", null)));

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    private static void execute(String sql, Object... parameters) {
        inTransaction(entityManager -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }


    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return DATABASE.inTransaction(work);
    }
}
