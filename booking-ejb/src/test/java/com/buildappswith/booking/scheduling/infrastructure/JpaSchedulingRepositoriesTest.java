package com.buildappswith.booking.scheduling.infrastructure;

import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.scheduling.model.AvailabilityException;
import com.buildappswith.booking.scheduling.model.BookedTime;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.StoredAvailability;
import com.buildappswith.booking.scheduling.model.StoredWeeklyRange;
import com.buildappswith.booking.scheduling.model.TimeOff;
import com.buildappswith.booking.scheduling.model.WeeklyAvailability;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import com.buildappswith.booking.shared.Money;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduling repositories' reads for a builder's own pages against a real database (PostgreSQL when
 * BOOKING_DB_URL names one, else the embedded H2): availability in the one shape the editor, the calendar and the
 * slot engine share, and bookings as the builder's calendar shows them. The booking transaction's reads are
 * {@code SlotBookerTest}'s.
 */
class JpaSchedulingRepositoriesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private String run;
    private long builderId;

    @BeforeEach
    void seedBuilder() {
        run = UUID.randomUUID().toString().substring(0, 8);
        builderId = inTransaction(entityManager -> {
            BuilderProfile builder = new BuilderProfile(account(entityManager, "builder"), "Builds things", "Bio",
                    List.of("java"), BERLIN);
            entityManager.persist(builder);
            entityManager.flush();
            return builder.id();
        });
    }

    @Test
    void availabilityIsReadWithTheIdsTheBuilderRemovesEntriesBy() {
        WeeklyRange mornings = new WeeklyRange(DayOfWeek.MONDAY, new LocalRange(LocalTime.of(9, 0),
                LocalTime.of(12, 0)), MONDAY, null);
        TimeOff tuesday = TimeOff.wholeDays(MONDAY.plusDays(1), MONDAY.plusDays(1), BERLIN);
        List<Long> ids = inTransaction(entityManager -> {
            BuilderProfile builder = entityManager.find(BuilderProfile.class, builderId);
            JpaAvailabilityRepository availabilities = new JpaAvailabilityRepository(entityManager);
            WeeklyAvailability hours = new WeeklyAvailability(builder, mornings);
            AvailabilityException closed = AvailabilityException.override(builder, MONDAY.plusWeeks(1),
                    Optional.empty());
            AvailabilityException off = AvailabilityException.timeOff(builder, tuesday, "Dentist");
            availabilities.add(hours);
            availabilities.add(closed);
            availabilities.add(off);
            return List.of(hours.id(), closed.id(), off.id());
        });

        StoredAvailability stored = inTransaction(entityManager -> new JpaAvailabilityRepository(entityManager)
                .of(entityManager.find(BuilderProfile.class, builderId)));

        assertThat(stored.zone()).isEqualTo(BERLIN);
        assertThat(stored.weekly()).containsExactly(new StoredWeeklyRange(ids.get(0), mornings));
        assertThat(stored.overrides()).extracting(AvailabilityException::id).containsExactly(ids.get(1));
        assertThat(stored.timeOff()).extracting(AvailabilityException::id).containsExactly(ids.get(2));
        assertThat(stored.availability().hoursOn(MONDAY.plusWeeks(1))).isEmpty();
        assertThat(stored.availability().isOffDuring(tuesday.start(), tuesday.end())).isTrue();
    }

    @Test
    void theBuildersCalendarShowsBookingsThatTookPlaceOrWillWithTheirSessionAndClient() {
        Instant start = MONDAY.atTime(10, 0).atZone(BERLIN).toInstant();
        long confirmed = inTransaction(entityManager -> {
            BuilderProfile builder = entityManager.find(BuilderProfile.class, builderId);
            Account client = account(entityManager, "client");
            SessionType free = new SessionType(builder, "Intro call", "", Duration.ofMinutes(30), null);
            SessionType paid = new SessionType(builder, "Code review", "", Duration.ofHours(1),
                    new Money(9900, Currency.getInstance("EUR")));
            entityManager.persist(free);
            entityManager.persist(paid);
            Booking hello = new Booking(free, client, start, BERLIN, "Say hello", null, NOW, HoldLimits.DEFAULT_HOLD,
                    PolicyTerms.STANDARD);
            entityManager.persist(hello);
            Booking lapsed = new Booking(paid, client, start.plus(Duration.ofHours(2)), BERLIN, "Review", null, NOW,
                    HoldLimits.DEFAULT_HOLD, PolicyTerms.STANDARD);
            lapsed.moveTo(BookingStatus.EXPIRED, "system", "payment not completed in time", NOW);
            entityManager.persist(lapsed);
            entityManager.flush();
            return hello.id();
        });

        List<BookedTime> shown = inTransaction(entityManager -> new JpaBookingRepository(entityManager, change -> { })
                .onCalendarOf(entityManager.find(BuilderProfile.class, builderId),
                        MONDAY.atStartOfDay(BERLIN).toInstant(), MONDAY.plusDays(1).atStartOfDay(BERLIN).toInstant()));

        assertThat(shown).containsExactly(new BookedTime(confirmed, start, start.plus(Duration.ofMinutes(30)),
                "Intro call", "client-" + run, BookingStatus.CONFIRMED, null));
    }

    private Account account(EntityManager entityManager, String name) {
        Account account = new Account(name + "-" + run + "@example.com", name + "-" + run, BERLIN, NOW);
        entityManager.persist(account);
        return account;
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return DATABASE.inTransaction(work);
    }
}
