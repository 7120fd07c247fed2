package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.scheduling.infrastructure.JpaBookingRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.infrastructure.SlotBookers;
import com.buildappswith.booking.scheduling.model.AvailabilityException;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingEvent;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.IdempotencyKey;
import com.buildappswith.booking.scheduling.model.LimitRefusal;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.scheduling.model.SlotRefusal;
import com.buildappswith.booking.scheduling.model.TimeOff;
import com.buildappswith.booking.scheduling.model.WeeklyAvailability;
import com.buildappswith.booking.shared.Money;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The booking transaction against a real database (PostgreSQL with its exclusion constraint when BOOKING_DB_URL
 * names one, else the embedded H2), without a container: what it writes, what it refuses, how a lapsed hold
 * gives way, and how far one client may hold slots without paying.
 */
class SlotBookerTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant SLOT = LocalDate.of(2026, 12, 4).atTime(10, 0).atZone(NEW_YORK).toInstant();

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private final AvailabilityCache availabilityCache = new AvailabilityCache();
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
            Account builderAccount = account(entityManager, "builder-" + run + "@example.com", NEW_YORK);
            BuilderProfile builder = new BuilderProfile(builderAccount, "Builds things", "Bio", List.of("java"),
                    NEW_YORK);
            builder.publish();
            entityManager.persist(builder);
            for (DayOfWeek day : DayOfWeek.values()) {
                entityManager.persist(new WeeklyAvailability(builder, day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
            }
            SessionType type = new SessionType(builder, "Code review", "An hour on your code", Duration.ofHours(1),
                    new Money(9900, Currency.getInstance("EUR")));
            entityManager.persist(type);
            account(entityManager, firstClient, KOLKATA);
            account(entityManager, secondClient, KOLKATA);
            entityManager.flush();
            builderId = builder.id();
            return type.id();
        });
    }

    @Test
    void aPaidSessionIsHeldUntilItsHoldExpiresWithItsCreationAudited() {
        BookingView booking = book(firstClient, NOW);

        assertThat(booking.status()).isEqualTo(BookingStatus.HELD);
        assertThat(booking.holdExpiresAt()).contains(NOW.plus(HoldLimits.DEFAULT_HOLD));
        assertThat(booking.clientStart().getZone()).isEqualTo(KOLKATA);
        assertThat(booking.builderStart().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(events(booking.id())).extracting(BookingEvent::to).containsExactly(BookingStatus.HELD);
    }

    @Test
    void theHoldLastsAsLongAsTheOperatorSetAndKeepsThePriceItWasBookedAt() {
        Duration hold = Duration.ofMinutes(40);
        BookingView booking = book(firstClient, NOW, SLOT, new HoldLimits(HoldLimits.DEFAULT_MAX_LIVE_HOLDS,
                HoldLimits.DEFAULT_COOL_DOWN, hold));

        assertThat(booking.holdExpiresAt()).contains(NOW.plus(hold));
        assertThatThrownBy(() -> book(secondClient, NOW.plus(hold).minusSeconds(1)))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage(SlotRefusal.TAKEN.message());
        inTransaction(entityManager -> {
            entityManager.find(SessionType.class, paidType).changePrice(new Money(12000, Currency.getInstance("EUR")));
            return null;
        });
        Optional<Money> agreed = inTransaction(entityManager -> entityManager.find(Booking.class, booking.id()).price());
        assertThat(agreed).contains(new Money(9900, Currency.getInstance("EUR")));
    }

    @Test
    void aHoldStillRunningKeepsItsSlotAndTheRefusalWritesNothing() {
        BookingView held = book(firstClient, NOW);

        assertThatThrownBy(() -> book(secondClient, NOW.plus(HoldLimits.DEFAULT_HOLD).minusSeconds(1)))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage(SlotRefusal.TAKEN.message());
        assertThat(bookingsOfType()).containsExactly(held.id());
        assertThat(status(held.id())).isEqualTo(BookingStatus.HELD);
    }

    @Test
    void aLapsedHoldGivesWayToTheNextClientAndIsMarkedExpired() {
        BookingView lapsed = book(firstClient, NOW);
        Instant later = NOW.plus(HoldLimits.DEFAULT_HOLD);

        BookingView next = book(secondClient, later);

        assertThat(next.status()).isEqualTo(BookingStatus.HELD);
        assertThat(next.start()).isEqualTo(lapsed.start());
        assertThat(status(lapsed.id())).isEqualTo(BookingStatus.EXPIRED);
        assertThat(events(lapsed.id())).extracting(BookingEvent::to)
                .containsExactly(BookingStatus.HELD, BookingStatus.EXPIRED);
        assertThat(events(lapsed.id()).get(1).at()).isEqualTo(later);
    }

    @Test
    void aDeactivatedClientCannotBook() {
        inTransaction(entityManager -> {
            entityManager.createQuery("update Account a set a.active = false where a.emailNormalized = :email")
                    .setParameter("email", Account.normalize(firstClient))
                    .executeUpdate();
            return null;
        });

        assertThatThrownBy(() -> book(firstClient, NOW)).hasMessage("Sign in to continue.");
        assertThat(bookingsOfType()).isEmpty();
    }

    @Test
    void timeOffTakenAfterABookingIsObeyedByTheNextBooking() {
        Instant nextDay = SLOT.plus(Duration.ofDays(1));
        book(firstClient, NOW);

        inTransaction(entityManager -> {
            BuilderProfile builder = entityManager.find(BuilderProfile.class, builderId);
            new JpaScheduleOwnerRepository(entityManager).lockForChangeOfHours(builder);
            LocalDate day = nextDay.atZone(NEW_YORK).toLocalDate();
            entityManager.persist(AvailabilityException.timeOff(builder, TimeOff.wholeDays(day, day, NEW_YORK),
                    null));
            return null;
        });

        assertThatThrownBy(() -> book(secondClient, NOW, nextDay))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage(SlotRefusal.OUTSIDE_AVAILABILITY.message());
        assertThat(bookingsOfType()).hasSize(1);
    }

    @Test
    void aClientCannotHoldTheSlotTheyLetLapseAgainWithinTheCoolDownThoughAnotherClientCan() {
        BookingView lapsed = book(firstClient, NOW);
        Instant afterLapse = NOW.plus(HoldLimits.DEFAULT_HOLD).plus(Duration.ofMinutes(1));

        assertThatThrownBy(() -> book(firstClient, afterLapse))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.isConflict()).isFalse())
                .hasMessage(LimitRefusal.HOLD_LAPSED_RECENTLY.message());
        assertThat(bookingsOfType()).containsExactly(lapsed.id());

        BookingView other = book(secondClient, afterLapse);
        assertThat(other.status()).isEqualTo(BookingStatus.HELD);
        assertThat(book(firstClient, NOW.plus(HoldLimits.DEFAULT_HOLD).plus(HoldLimits.DEFAULT_COOL_DOWN)).status())
                .isEqualTo(BookingStatus.HELD);
    }

    @Test
    void aClientHoldsAtMostTheCapOfSlotsAtOnceAndMayHoldAnotherOnceOneLapses() {
        book(firstClient, NOW, SLOT);
        book(firstClient, NOW, SLOT.plus(Duration.ofHours(2)));
        Instant third = SLOT.plus(Duration.ofHours(4));

        assertThatThrownBy(() -> book(firstClient, NOW.plus(HoldLimits.DEFAULT_HOLD).minusSeconds(1), third))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.isConflict()).isFalse())
                .hasMessage(LimitRefusal.TOO_MANY_HOLDS.message());
        assertThat(bookingsOfType()).hasSize(2);
        assertThat(book(firstClient, NOW.plus(HoldLimits.DEFAULT_HOLD), third).status()).isEqualTo(BookingStatus.HELD);
    }

    @Test
    void theCapHoldsWhenOneClientsHoldsRaceEachOther() throws Exception {
        HoldLimits oneAtATime = new HoldLimits(1, Duration.ZERO);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<BookingView>> attempts = new ArrayList<>();
            for (Instant slot : List.of(SLOT, SLOT.plus(Duration.ofHours(2)))) {
                Callable<BookingView> attempt = () -> {
                    start.await();
                    return book(firstClient, NOW, slot, oneAtATime);
                };
                attempts.add(pool.submit(attempt));
            }
            start.countDown();
            long made = 0;
            for (Future<BookingView> attempt : attempts) {
                try {
                    attempt.get();
                    made++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).hasMessage(LimitRefusal.TOO_MANY_HOLDS.message());
                }
            }
            assertThat(made).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(bookingsOfType()).hasSize(1);
    }

    @Test
    void aRequestSentAgainUnderItsKeyGetsTheFirstBookingBackAndBooksNothing() {
        String key = UUID.randomUUID().toString();
        NewBooking first = bookUnderKey(firstClient, key, SLOT, "Review my PR");
        NewBooking again = bookUnderKey(firstClient, key, SLOT, "  Review my PR ");

        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(again.details().booking().id()).isEqualTo(first.details().booking().id());
        assertThat(again.details().booking().status()).isEqualTo(BookingStatus.HELD);
        assertThat(again.details().timeline()).hasSize(1);
        assertThat(bookingsOfType()).containsExactly(first.details().booking().id());
    }

    @Test
    void anotherRequestUnderAKeyAlreadyUsedIsRefusedAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        bookUnderKey(firstClient, key, SLOT, "Review my PR");

        assertThatThrownBy(() -> bookUnderKey(firstClient, key, SLOT.plus(Duration.ofHours(2)), "Review my PR"))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.isConflict()).isFalse())
                .hasMessage(SlotBooker.KEY_REUSED);
        assertThatThrownBy(() -> bookUnderKey(firstClient, key, SLOT, "Something else"))
                .hasMessage(SlotBooker.KEY_REUSED);
        assertThat(bookingsOfType()).hasSize(1);
    }

    @Test
    void aKeyBelongsToTheClientWhoSentIt() {
        String key = UUID.randomUUID().toString();
        NewBooking first = bookUnderKey(firstClient, key, SLOT, "Review my PR");
        NewBooking second = bookUnderKey(secondClient, key, SLOT.plus(Duration.ofHours(2)), "Review my PR");

        assertThat(second.repeated()).isFalse();
        assertThat(second.details().booking().id()).isNotEqualTo(first.details().booking().id());
        assertThat(bookingsOfType()).hasSize(2);
    }

    @Test
    void aPageSendingItsConfirmationAgainGetsItsBookingBackAndAnotherChoiceFromItBooksAnew() {
        UUID page = UUID.randomUUID();
        BookingRequest confirmation = new BookingRequest(paidType, SLOT, KOLKATA, "Review my PR", null);
        NewBooking first = bookAndShow(firstClient, confirmation.keyedBy(page), NOW);
        NewBooking again = bookAndShow(firstClient, confirmation.keyedBy(page), NOW.plusSeconds(5));
        NewBooking later = bookAndShow(firstClient, new BookingRequest(paidType, SLOT.plus(Duration.ofHours(2)),
                KOLKATA, "Review my PR", null).keyedBy(page), NOW.plusSeconds(10));

        assertThat(again.repeated()).isTrue();
        assertThat(again.details().booking().id()).isEqualTo(first.details().booking().id());
        assertThat(later.repeated()).isFalse();
        assertThat(bookingsOfType()).containsExactlyInAnyOrder(first.details().booking().id(),
                later.details().booking().id());
    }

    @Test
    void aRefusedRequestLeavesItsKeyFreeForTheSameRequestLater() {
        String key = UUID.randomUUID().toString();
        book(secondClient, NOW);

        assertThatThrownBy(() -> bookUnderKey(firstClient, key, SLOT, "Review my PR"))
                .hasMessage(SlotRefusal.TAKEN.message());
        assertThat(rememberedKeys(key)).isZero();
        NewBooking onceTheHoldLapsed = bookUnderKey(firstClient, key, SLOT, "Review my PR",
                NOW.plus(HoldLimits.DEFAULT_HOLD));
        assertThat(onceTheHoldLapsed.repeated()).isFalse();
        assertThat(rememberedKeys(key)).isOne();
    }

    @Test
    void repeatsRacingTheFirstRequestWaitForItAndAllAnswerWithItsBooking() throws Exception {
        String key = UUID.randomUUID().toString();
        int senders = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<NewBooking> answers = new ArrayList<>();
        try {
            List<Future<NewBooking>> sent = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return bookUnderKey(firstClient, key, SLOT, "Review my PR");
                }));
            }
            start.countDown();
            for (Future<NewBooking> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).extracting(answer -> answer.details().booking().id()).containsOnly(
                answers.get(0).details().booking().id());
        assertThat(answers).filteredOn(answer -> !answer.repeated()).hasSize(1);
        assertThat(bookingsOfType()).hasSize(1);
    }

    @Test
    void keysAreForgottenOnceOlderThanTheirDayAndOnlyThen() {
        String key = UUID.randomUUID().toString();
        bookUnderKey(firstClient, key, SLOT, "Review my PR");

        inTransaction(entityManager -> new JpaBookingRepository(entityManager, change -> { })
                .forgetIdempotencyKeys(NOW, 500));
        assertThat(rememberedKeys(key)).isOne();
        int forgotten = inTransaction(entityManager -> new JpaBookingRepository(entityManager, change -> { })
                .forgetIdempotencyKeys(NOW.plusMillis(1), 500));
        assertThat(forgotten).isPositive();
        assertThat(rememberedKeys(key)).isZero();
    }

    private BookingView book(String client, Instant at) {
        return book(client, at, SLOT);
    }

    private BookingView book(String client, Instant at, Instant slot) {
        return book(client, at, slot, HoldLimits.DEFAULTS);
    }

    private BookingView book(String client, Instant at, Instant slot, HoldLimits holds) {
        return inTransaction(entityManager -> SlotBookers.over(entityManager, Clock.fixed(at, ZoneOffset.UTC),
                BookingPolicySource.fixed(BookingLimits.DEFAULTS, holds), availabilityCache,
                change -> { })
                .book(client, new BookingRequest(paidType, slot, KOLKATA, "Review my PR", null)));
    }

    private NewBooking bookUnderKey(String client, String key, Instant slot, String purpose) {
        return bookUnderKey(client, key, slot, purpose, NOW);
    }

    private NewBooking bookUnderKey(String client, String key, Instant slot, String purpose, Instant at) {
        return bookAndShow(client, new BookingRequest(paidType, slot, KOLKATA, purpose, null)
                .withIdempotencyKey(Optional.of(new IdempotencyKey(key))), at);
    }

    private NewBooking bookAndShow(String client, BookingRequest request, Instant at) {
        return inTransaction(entityManager -> SlotBookers.over(entityManager, Clock.fixed(at, ZoneOffset.UTC),
                        BookingPolicySource.fixed(BookingLimits.DEFAULTS, HoldLimits.DEFAULTS), availabilityCache,
                        change -> { })
                .bookAndShow(client, request));
    }

    private long rememberedKeys(String key) {
        return inTransaction(entityManager -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM booking_request_key WHERE request_key = ?")
                .setParameter(1, key)
                .getSingleResult()).longValue());
    }

    private List<Long> bookingsOfType() {
        return inTransaction(entityManager -> entityManager.createQuery(
                        "select b.id from Booking b where b.sessionType.id = :type", Long.class)
                .setParameter("type", paidType)
                .getResultList());
    }

    private BookingStatus status(long bookingId) {
        return inTransaction(entityManager -> entityManager.find(Booking.class, bookingId).status());
    }

    private List<BookingEvent> events(long bookingId) {
        return inTransaction(entityManager -> entityManager.createQuery(
                        "select e from BookingEvent e where e.booking.id = :booking order by e.id", BookingEvent.class)
                .setParameter("booking", bookingId)
                .getResultList());
    }

    private static Account account(EntityManager entityManager, String email, ZoneId zone) {
        Account account = new Account(email, email.substring(0, email.indexOf('@')), zone, NOW);
        account.grant(Role.CLIENT);
        entityManager.persist(account);
        return account;
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return DATABASE.inTransaction(work);
    }
}
