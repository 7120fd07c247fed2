package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.infrastructure.JpaPolicyRepository;
import com.buildappswith.booking.profile.application.CallerAccounts;
import com.buildappswith.booking.profile.infrastructure.JpaAccountRepository;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.infrastructure.JpaAvailabilityRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaBookingRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaSessionTypeRepository;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRules;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A builder changing a session type while a client books it, in two transactions on two connections of a real
 * database (PostgreSQL when BOOKING_DB_URL names one, else H2): the change either waits for the booking, which then
 * was made against the type as it was, or commits first, and then the booking sees it. The booking is paused at the
 * one moment that matters, between reading the type and taking the builder's lock, or just after the lock, and the
 * builder's change runs then in a transaction of its own through the application's own code.
 */
class SessionTypeChangeRaceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant SLOT = LocalDate.of(2026, 12, 4).atTime(10, 0).atZone(NEW_YORK).toInstant();
    private static final long WAIT_SECONDS = 20;

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private final ExecutorService builderSide = Executors.newSingleThreadExecutor();
    private long builderId;
    private long workshop;
    private String builderEmail;
    private String firstClient;
    private String secondClient;

    @BeforeEach
    void seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        builderEmail = "builder-" + run + "@example.com";
        firstClient = "first-" + run + "@example.com";
        secondClient = "second-" + run + "@example.com";
        workshop = inTransaction(entityManager -> {
            BuilderProfile builder = Seeds.listedBuilder(entityManager, builderEmail, NEW_YORK, LocalTime.of(9, 0),
                    LocalTime.of(17, 0));
            SessionType type = new SessionType(builder, "Workshop", "Together", Duration.ofHours(1), null);
            type.scheduleWith(rules(3));
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
        builderSide.shutdownNow();
    }

    @Test
    void aBookingUnderWaySeesADeactivationThatCommittedFirst() {
        assertThatThrownBy(() -> bookPausedBeforeTheLock(firstClient, () -> changeAndWait(false, 3)))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("No such session type is offered.");
        assertThat(seats()).isZero();
    }

    @Test
    void aBookingUnderWaySeesALowerCapacityThatCommittedFirst() {
        book(firstClient, Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> bookPausedBeforeTheLock(secondClient, () -> changeAndWait(true, 1)))
                .isInstanceOf(BookingRefusedException.class)
                .satisfies(refusal -> assertThat(((BookingRefusedException) refusal).isConflict()).isTrue());
        assertThat(seats()).isEqualTo(1);
    }

    /** A choice of policy made from a stale read leaves the type's other settings as they are now. */
    @Test
    void choosingAPolicyKeepsAChangeMadeMeanwhile() {
        changeActive(false, 1);

        inTransaction(entityManager -> changes(entityManager).changePolicy(
                entityManager.find(BuilderProfile.class, builderId), workshop, Optional.empty()));

        SessionType type = inTransaction(entityManager -> entityManager.find(SessionType.class, workshop));
        assertThat(type.isActive()).isFalse();
        assertThat(type.slotRules().capacity()).isEqualTo(1);
        assertThat(type.policyId()).isEmpty();
    }

    @Test
    void aPolicyThatIsNotPublishedCannotBeChosen() {
        assertThatThrownBy(() -> inTransaction(entityManager -> changes(entityManager).changePolicy(
                entityManager.find(BuilderProfile.class, builderId), workshop, Optional.of(-1L))))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessage("Choose one of the published cancellation policies, or the site default.");
    }

    /**
     * The builder's change starts while the booking holds the builder's lock: it must still be waiting a good while
     * later, and finish only once the booking has committed against the type as it was.
     */
    @Test
    void aChangeWaitsForTheBookingThatHoldsTheBuildersLock() throws Exception {
        Future<?>[] change = new Future<?>[1];
        boolean[] doneWhileBookingHeldTheLock = new boolean[1];

        book(firstClient, Optional.empty(), Optional.of(() -> {
            change[0] = builderSide.submit(() -> changeActive(false, 3));
            doneWhileBookingHeldTheLock[0] = finishesWithin(change[0], Duration.ofMillis(1500));
        }));
        change[0].get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(doneWhileBookingHeldTheLock[0]).as("the change waited for the booking's lock").isFalse();
        assertThat(seats()).isEqualTo(1);
        boolean offered = inTransaction(entityManager -> entityManager.find(SessionType.class, workshop).isActive());
        assertThat(offered).isFalse();
    }

    private void bookPausedBeforeTheLock(String client, Runnable meanwhile) {
        book(client, Optional.of(meanwhile), Optional.empty());
    }

    /** The builder's change, in its own transaction on another thread, finished before the booking goes on. */
    private void changeAndWait(boolean active, int capacity) {
        try {
            builderSide.submit(() -> changeActive(active, capacity)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The builder's change did not complete", e);
        }
    }

    private void changeActive(boolean active, int capacity) {
        inTransaction(entityManager -> {
            BuilderProfile me = entityManager.find(BuilderProfile.class, builderId);
            return changes(entityManager).revise(me, workshop, new SessionTypeDraft("Workshop", "Together",
                    Optional.empty(), rules(capacity), active, Optional.empty()));
        });
    }

    /**
     * Books a seat of the workshop at ten, running {@code beforeLock} after the type was read and before the
     * builder's lock is taken, and {@code underLock} once the lock is held.
     */
    private void book(String client, Optional<Runnable> beforeLock, Optional<Runnable> underLock) {
        inTransaction(entityManager -> {
            ScheduleOwnerRepository owners = new PausingOwners(new JpaScheduleOwnerRepository(entityManager),
                    beforeLock, underLock);
            return new SlotBooker(new CallerAccounts(new JpaAccountRepository(entityManager)),
                    new JpaSessionTypeRepository(entityManager), owners, new JpaAvailabilityRepository(entityManager),
                    new JpaBookingRepository(entityManager, change -> { }), new AvailabilityCache(), Clock.fixed(NOW, ZoneOffset.UTC),
                    BookingPolicySource.fixed(BookingLimits.DEFAULTS, HoldLimits.DEFAULTS))
                    .book(client, new BookingRequest(workshop, SLOT, NEW_YORK, "Learn together", null));
        });
    }

    private long seats() {
        return inTransaction(entityManager -> entityManager.createQuery(
                        "select count(b) from Booking b where b.sessionType.id = :type", Long.class)
                .setParameter("type", workshop)
                .getSingleResult());
    }

    private static boolean finishesWithin(Future<?> work, Duration wait) {
        try {
            work.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException("The builder's change failed", e);
        }
    }

    private static SessionTypeChanges changes(EntityManager entityManager) {
        return new SessionTypeChanges(new JpaSessionTypeRepository(entityManager),
                new JpaScheduleOwnerRepository(entityManager), new JpaPolicyRepository(entityManager));
    }

    private static SlotRules rules(int capacity) {
        return new SlotRules(Duration.ofHours(1), Duration.ZERO, Duration.ZERO, Duration.ofHours(4),
                Duration.ofDays(60), Duration.ofMinutes(30), capacity, OptionalInt.empty());
    }


    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return DATABASE.inTransaction(work);
    }

    /** The application's own builder-row lock, with a pause on either side of taking it for a booking. */
    private record PausingOwners(ScheduleOwnerRepository owners, Optional<Runnable> beforeLock,
                                 Optional<Runnable> underLock) implements ScheduleOwnerRepository {

        @Override
        public Optional<BuilderProfile> ofAccount(Account account) {
            return owners.ofAccount(account);
        }

        @Override
        public long lockForBooking(BuilderProfile builder) {
            beforeLock.ifPresent(Runnable::run);
            long version = owners.lockForBooking(builder);
            underLock.ifPresent(Runnable::run);
            return version;
        }

        @Override
        public void lockForChangeOfHours(BuilderProfile builder) {
            owners.lockForChangeOfHours(builder);
        }

        @Override
        public void lockForChangeOfSessionTypes(BuilderProfile builder) {
            owners.lockForChangeOfSessionTypes(builder);
        }
    }
}
