package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.infrastructure.JpaAccountRepository;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.infrastructure.JpaAvailabilityRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaBookingRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaSessionTypeRepository;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.BookingRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRefusal;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.ProblemType;
import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Refusals of a real database (PostgreSQL when BOOKING_DB_URL names one, else H2) while booking, as the booking
 * transaction meets them, and the answer each gets: not every failure to write is a slot just taken.
 */
class DatabaseFailuresTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant SLOT = LocalDate.of(2026, 12, 4).atTime(10, 0).atZone(NEW_YORK).toInstant();

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private final ExecutorService elsewhere = Executors.newSingleThreadExecutor();
    private long builderId;
    private long paidType;
    private String firstClient;
    private String secondClient;

    @BeforeEach
    void seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        firstClient = "first-" + run + "@example.com";
        secondClient = "second-" + run + "@example.com";
        paidType = inTransaction(entityManager -> {
            BuilderProfile builder = Seeds.listedBuilder(entityManager, "builder-" + run + "@example.com", NEW_YORK,
                    LocalTime.of(9, 0), LocalTime.of(17, 0));
            SessionType type = new SessionType(builder, "Code review", "An hour on your code", Duration.ofHours(1),
                    new Money(9900, Currency.getInstance("EUR")));
            entityManager.persist(type);
            Seeds.client(entityManager, firstClient, NEW_YORK);
            Seeds.client(entityManager, secondClient, NEW_YORK);
            entityManager.flush();
            builderId = builder.id();
            return type.id();
        });
    }

    @AfterEach
    void stop() {
        elsewhere.shutdownNow();
    }

    /**
     * The next client's booking marks a lapsed hold EXPIRED; if something else (the deadlines job, say) expired it
     * at the same moment, the booking's update of that hold fails its optimistic lock. That is a change by someone
     * else, answered as such, not "that time has just been taken".
     */
    @Test
    void aLapsedHoldChangedElsewhereMeanwhileIsAChangeNotATakenSlot() {
        BookingView lapsed = book(firstClient, NOW, () -> { });

        Throwable refusal = catchThrowable(() -> book(secondClient, NOW.plus(HoldLimits.DEFAULT_HOLD),
                () -> elsewhere(entityManager -> entityManager.createNativeQuery(
                                "update booking set status = 'EXPIRED', version = version + 1 where id = ?")
                        .setParameter(1, lapsed.id())
                        .executeUpdate())));

        assertThat(refusal).isInstanceOf(DomainException.class)
                .hasMessage(DatabaseFailure.CHANGED.message())
                .hasMessageNotContaining(SlotRefusal.TAKEN.message());
        assertThat(((DomainException) refusal).type()).isEqualTo(ProblemType.CONFLICT);
    }

    /**
     * A booking that waits for the builder's lock longer than the database's lock timeout is told the service is
     * busy (503), whatever the wrapping, instead of an internal error.
     */
    @Test
    void aBookingThatWaitsTooLongForTheBuildersLockIsToldTheServiceIsBusy() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = elsewhere.submit(() -> inTransaction(entityManager -> {
            new JpaScheduleOwnerRepository(entityManager)
                    .lockForBooking(entityManager.find(BuilderProfile.class, builderId));
            locked.countDown();
            await(release);
            return null;
        }));
        assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();

        Throwable failure = catchThrowable(() -> inTransaction(entityManager -> {
            entityManager.createNativeQuery(DATABASE.isPostgreSql() ? "set local lock_timeout = 300"
                    : "set lock_timeout 300").executeUpdate();
            return booker(entityManager, Clock.fixed(NOW, ZoneOffset.UTC), new JpaBookingRepository(entityManager, change -> { }))
                    .book(firstClient, request());
        }));
        release.countDown();
        holder.get(20, TimeUnit.SECONDS);

        assertThat(DatabaseFailure.of(failure)).contains(DatabaseFailure.BUSY);
        assertThat(DatabaseFailure.behind(failure)).hasValueSatisfying(
                refusal -> assertThat(refusal.type()).isEqualTo(ProblemType.UNAVAILABLE));
    }

    private BookingView book(String client, Instant at, Runnable beforeWriting) {
        return inTransaction(entityManager -> {
            BookingRepository real = new JpaBookingRepository(entityManager, change -> { });
            AtomicBoolean written = new AtomicBoolean();
            BookingRepository pausing = (BookingRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{BookingRepository.class}, (proxy, method, arguments) -> {
                        // The first write: the lapsed holds' expiries (writeNow), else the booking (add).
                        if (Set.of("add", "writeNow").contains(method.getName()) && !written.getAndSet(true)) {
                            beforeWriting.run();
                        }
                        try {
                            return method.invoke(real, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            return booker(entityManager, Clock.fixed(at, ZoneOffset.UTC), pausing).book(client, request());
        });
    }

    private SlotBooker booker(EntityManager entityManager, Clock clock, BookingRepository bookings) {
        return new SlotBooker(new CallerAccounts(new JpaAccountRepository(entityManager)),
                new JpaSessionTypeRepository(entityManager), new JpaScheduleOwnerRepository(entityManager),
                new JpaAvailabilityRepository(entityManager), bookings, new AvailabilityCache(), clock,
                BookingPolicySource.fixed(BookingLimits.DEFAULTS, HoldLimits.DEFAULTS));
    }

    private BookingRequest request() {
        return new BookingRequest(paidType, SLOT, NEW_YORK, "Review my PR", null);
    }

    /** Work committed by another transaction on another connection before this one goes on. */
    private void elsewhere(Function<EntityManager, ?> work) {
        try {
            elsewhere.submit(() -> inTransaction(work)).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other transaction failed", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return DATABASE.inTransaction(work);
    }
}
