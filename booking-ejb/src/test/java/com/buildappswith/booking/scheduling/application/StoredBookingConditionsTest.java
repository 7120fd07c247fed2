package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.policy.application.LimitAdministration;
import com.buildappswith.booking.policy.application.LimitsDraft;
import com.buildappswith.booking.policy.application.LimitsView;
import com.buildappswith.booking.policy.application.PolicyAdministration;
import com.buildappswith.booking.policy.application.PolicyDraft;
import com.buildappswith.booking.policy.application.PolicyView;
import com.buildappswith.booking.policy.infrastructure.JpaAdminAuditRepository;
import com.buildappswith.booking.policy.infrastructure.JpaPolicyRepository;
import com.buildappswith.booking.policy.model.CancellationTerms;
import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.policy.model.RefundTier;
import com.buildappswith.booking.policy.model.ShownTerms;
import com.buildappswith.booking.policy.model.SiteLimits;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.infrastructure.SlotBookers;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.LimitRefusal;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.shared.Money;
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
 * The booking transaction reading its limits and terms from the database, as the server does (PostgreSQL when
 * BOOKING_DB_URL names one, else the embedded H2): a booking keeps the terms it was made with, a type without a
 * policy gets the site default, and limits an admin saved apply to the very next booking, under concurrency too.
 */
class StoredBookingConditionsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant SLOT = LocalDate.of(2026, 12, 4).atTime(9, 0).atZone(NEW_YORK).toInstant();
    private static final String ADMIN = "admin@example.com";

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.withConnections(4);

    private final AvailabilityCache availabilityCache = new AvailabilityCache();
    private String run;
    private String client;
    private long freeType;
    private long paidType;

    @BeforeEach
    void seed() {
        run = UUID.randomUUID().toString().substring(0, 8);
        client = "client-" + run + "@example.com";
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("""
                UPDATE booking_settings SET default_policy_id = 1, max_upcoming = NULL,
                    max_upcoming_with_builder = NULL, holds_per_client = NULL, hold_cool_down_hours = NULL,
                    hold_minutes = NULL""").executeUpdate());
        DATABASE.inTransaction(entityManager -> {
            BuilderProfile builder = Seeds.listedBuilder(entityManager, "builder-" + run + "@example.com", NEW_YORK,
                    LocalTime.of(9, 0), LocalTime.of(17, 0));
            SessionType free = new SessionType(builder, "Intro", "A first talk", Duration.ofMinutes(30), null);
            SessionType paid = new SessionType(builder, "Review", "An hour on your code", Duration.ofHours(1),
                    new Money(6000, Currency.getInstance("EUR")));
            entityManager.persist(free);
            entityManager.persist(paid);
            Seeds.client(entityManager, client, NEW_YORK);
            entityManager.flush();
            freeType = free.id();
            paidType = paid.id();
            return null;
        });
    }

    @Test
    void aBookingKeepsItsTermsAfterItsPolicyIsEdited() {
        PolicyView flexible = policies(administration -> administration.create(ADMIN, flexible("Flexible " + run)));
        choosePolicy(paidType, Optional.of(flexible.id()));
        long booked = book(paidType, SLOT).id();

        policies(administration -> administration.edit(ADMIN, flexible.id(), flexible.version(),
                new PolicyDraft(stricter("Flexible " + run), true)));

        assertThat(booking(booked).terms()).isEqualTo(flexible.terms());
        assertThat(booking(booked).policyId()).isEqualTo(flexible.id());
        long bookedAfterEdit = book(paidType, SLOT.plus(Duration.ofHours(2))).id();
        assertThat(booking(bookedAfterEdit).terms()).isEqualTo(stricter("Flexible " + run));
    }

    @Test
    void aTypeWithoutAPolicyOrWhosePolicyWasUnpublishedGetsTheSiteDefault() {
        assertThat(booking(book(freeType, SLOT).id()).terms()).isEqualTo(CancellationTerms.STANDARD);

        PolicyView flexible = policies(administration -> administration.create(ADMIN, flexible("Default " + run)));
        policies(administration -> administration.makeSiteDefault(ADMIN, flexible.id()));
        assertThat(booking(book(freeType, SLOT.plus(Duration.ofHours(1))).id()).policyId()).isEqualTo(flexible.id());
        CancellationTerms shownForFreeType = policies(administration -> administration.termsOfSessionType(freeType));
        assertThat(shownForFreeType).isEqualTo(flexible.terms());

        PolicyView chosen = policies(administration -> administration.create(ADMIN, flexible("Chosen " + run)));
        choosePolicy(paidType, Optional.of(chosen.id()));
        CancellationTerms shownForPaidType = policies(administration -> administration.termsOfSessionType(paidType));
        assertThat(shownForPaidType).isEqualTo(chosen.terms());
        policies(administration -> administration.edit(ADMIN, chosen.id(), chosen.version(),
                new PolicyDraft(chosen.terms(), false)));
        assertThat(booking(book(paidType, SLOT.plus(Duration.ofHours(3))).id()).policyId())
                .isEqualTo(flexible.id());
    }

    @Test
    void aTypeWhosePolicyIsTheSiteDefaultGetsItsTerms() {
        PolicyView flexible = policies(administration -> administration.create(ADMIN, flexible("Both " + run)));
        policies(administration -> administration.makeSiteDefault(ADMIN, flexible.id()));
        choosePolicy(paidType, Optional.of(flexible.id()));

        CancellationTerms shown = policies(administration -> administration.termsOfSessionType(paidType));
        assertThat(shown).isEqualTo(flexible.terms());
        Booking booked = booking(book(paidType, SLOT).id());
        assertThat(booked.policyId()).isEqualTo(flexible.id());
        assertThat(booked.terms()).isEqualTo(flexible.terms());
    }

    @Test
    void aBookingConfirmedUnderTermsThatChangedSinceTheyWereShownIsRefusedAndNothingIsWritten() {
        PolicyView flexible = policies(administration -> administration.create(ADMIN, flexible("Shown " + run)));
        choosePolicy(paidType, Optional.of(flexible.id()));
        PolicyTerms shown = policies(administration -> administration.policyTermsOfSessionType(paidType));
        policies(administration -> administration.edit(ADMIN, flexible.id(), flexible.version(),
                new PolicyDraft(stricter("Shown " + run), true)));

        assertThatThrownBy(() -> book(paidType, SLOT, Optional.of(ShownTerms.of(shown))))
                .isInstanceOfSatisfying(TermsChangedException.class, refused -> {
                    assertThat(refused.isConflict()).isTrue();
                    assertThat(refused.inForce().terms()).isEqualTo(stricter("Shown " + run));
                })
                .hasMessageStartingWith("The cancellation terms changed since you opened this page: now Shown "
                        + run + ": free until 4320 min before")
                .hasMessageEndingWith(". Please review them and confirm again.");
        assertThat(bookingsOfClient()).isZero();

        PolicyTerms shownAgain = policies(administration -> administration.policyTermsOfSessionType(paidType));
        long booked = book(paidType, SLOT, Optional.of(ShownTerms.of(shownAgain))).id();
        assertThat(booking(booked).terms()).isEqualTo(stricter("Shown " + run));
    }

    @Test
    void termsShownForOnePolicyDoNotConfirmABookingUnderAnother() {
        PolicyTerms shown = policies(administration -> administration.policyTermsOfSessionType(freeType));
        PolicyView chosen = policies(administration -> administration.create(ADMIN, flexible("Chosen " + run)));
        choosePolicy(freeType, Optional.of(chosen.id()));

        assertThatThrownBy(() -> book(freeType, SLOT, Optional.of(ShownTerms.of(shown))))
                .isInstanceOf(TermsChangedException.class);
        assertThat(bookingsOfClient()).isZero();
        assertThat(book(freeType, SLOT, Optional.empty()).id()).as("no terms shown: no check").isPositive();
    }

    @Test
    void aSavedLimitRefusesTheNextBookingThatExceedsIt() {
        book(freeType, SLOT);
        saveLimits(new LimitsDraft(5, 1, 2, 24, 15));

        assertThatThrownBy(() -> book(freeType, SLOT.plus(Duration.ofHours(1))))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage(LimitRefusal.TOO_MANY_WITH_BUILDER.message());
        saveLimits(new LimitsDraft(5, 2, 2, 24, 15));
        assertThat(book(freeType, SLOT.plus(Duration.ofHours(1))).id()).isPositive();
    }

    @Test
    void aPaidBookingIsHeldForTheStoredHoldLength() {
        saveLimits(new LimitsDraft(10, 3, 2, 24, 40));

        assertThat(book(paidType, SLOT).holdExpiresAt()).contains(NOW.plus(Duration.ofMinutes(40)));
    }

    @Test
    void concurrentBookingsNeverExceedTheStoredLimits() throws Exception {
        saveLimits(new LimitsDraft(2, 2, 2, 24, 15));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BookingView>> attempts = new ArrayList<>();
            for (int hour = 0; hour < 4; hour++) {
                Instant slot = SLOT.plus(Duration.ofHours(hour));
                Callable<BookingView> attempt = () -> {
                    start.await();
                    return book(freeType, slot);
                };
                attempts.add(pool.submit(attempt));
            }
            start.countDown();
            int made = 0;
            for (Future<BookingView> attempt : attempts) {
                try {
                    attempt.get();
                    made++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).hasMessage(LimitRefusal.TOO_MANY_UPCOMING.message());
                }
            }
            assertThat(made).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(bookingsOfClient()).isEqualTo(2);
    }

    private static PolicyDraft flexible(String name) {
        return new PolicyDraft(new CancellationTerms(name, Duration.ofHours(24),
                List.of(new RefundTier(Duration.ZERO, 25)), Duration.ofHours(2), 3), true);
    }

    private static CancellationTerms stricter(String name) {
        return new CancellationTerms(name, Duration.ofHours(72), List.of(), Duration.ofHours(48), 0);
    }

    private void choosePolicy(long sessionTypeId, Optional<Long> policyId) {
        DATABASE.inTransaction(entityManager -> {
            entityManager.find(SessionType.class, sessionTypeId).choosePolicy(policyId);
            return null;
        });
    }

    private void saveLimits(LimitsDraft draft) {
        DATABASE.inTransaction(entityManager -> {
            LimitAdministration administration = new LimitAdministration(new JpaPolicyRepository(entityManager),
                    new JpaAdminAuditRepository(entityManager), Clock.fixed(NOW, ZoneOffset.UTC), SiteLimits.BUILT_IN);
            LimitsView current = administration.current();
            return administration.save(ADMIN, draft, current.version());
        });
    }

    private BookingView book(long sessionTypeId, Instant slot) {
        return book(sessionTypeId, slot, Optional.empty());
    }

    private BookingView book(long sessionTypeId, Instant slot, Optional<ShownTerms> shown) {
        return DATABASE.inTransaction(entityManager -> SlotBookers.over(entityManager, Clock.fixed(NOW,
                        ZoneOffset.UTC), SlotBookers.storedPolicies(entityManager, SiteLimits.BUILT_IN),
                availabilityCache, change -> { }).book(client, new BookingRequest(sessionTypeId, slot, NEW_YORK,
                "Talk", null, shown)));
    }

    private long bookingsOfClient() {
        return DATABASE.inTransaction(entityManager -> entityManager.createQuery(
                        "select count(b) from Booking b where b.client.email = :email", Long.class)
                .setParameter("email", client)
                .getSingleResult());
    }

    private static Booking booking(long bookingId) {
        return DATABASE.inTransaction(entityManager -> entityManager.find(Booking.class, bookingId));
    }

    private static <T> T policies(Function<PolicyAdministration, T> work) {
        return DATABASE.inTransaction(entityManager -> work.apply(new PolicyAdministration(
                new JpaPolicyRepository(entityManager), new JpaAdminAuditRepository(entityManager),
                Clock.fixed(NOW, ZoneOffset.UTC))));
    }
}
