package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.infrastructure.Ical4jInvites;
import com.buildappswith.booking.notification.infrastructure.NoticeWriters;
import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.CalendarInvites;
import com.buildappswith.booking.notification.model.IcsMethod;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.notification.model.NoticeLinks;
import com.buildappswith.booking.notification.model.Notification;
import com.buildappswith.booking.notification.model.OutboxMessage;
import com.buildappswith.booking.payment.application.CheckoutStart;
import com.buildappswith.booking.payment.application.PaymentLedger;
import com.buildappswith.booking.payment.application.PaymentProcess;
import com.buildappswith.booking.payment.application.PaymentWork;
import com.buildappswith.booking.payment.application.TestPayments;
import com.buildappswith.booking.payment.infrastructure.JpaPaymentRepository;
import com.buildappswith.booking.payment.infrastructure.TestModeEvents;
import com.buildappswith.booking.payment.model.CheckoutLinks;
import com.buildappswith.booking.payment.model.RefundSettled;
import com.buildappswith.booking.policy.model.Canceller;
import com.buildappswith.booking.profile.infrastructure.JpaAccountRepository;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.application.AvailabilityCache;
import com.buildappswith.booking.scheduling.application.BookingManager;
import com.buildappswith.booking.scheduling.application.BookingRequest;
import com.buildappswith.booking.scheduling.application.BookingSettlement;
import com.buildappswith.booking.scheduling.application.Seeds;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.scheduling.infrastructure.JpaAvailabilityRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaBookingRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaScheduleOwnerRepository;
import com.buildappswith.booking.scheduling.infrastructure.JpaSessionTypeRepository;
import com.buildappswith.booking.scheduling.infrastructure.SlotBookers;
import com.buildappswith.booking.scheduling.model.BookingLimits;
import com.buildappswith.booking.scheduling.model.BookingPolicySource;
import com.buildappswith.booking.scheduling.model.HoldLimits;
import com.buildappswith.booking.scheduling.model.SessionType;
import com.buildappswith.booking.shared.Money;
import com.buildappswith.booking.shared.MovableClock;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notices of booking changes against a real database (PostgreSQL when BOOKING_DB_URL names one, else the
 * embedded H2), without a container: the booking, payment and management code the server runs, with the booking
 * repository handing every change to the notices in the change's own transaction, as the server's CDI event does.
 */
class BookingNoticesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    /** Friday 4 December 2026, 10:00 in Berlin: 73 hours ahead, inside the Standard terms' free window. */
    private static final Instant SLOT = LocalDate.of(2026, 12, 4).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Money PRICE = new Money(6000, Currency.getInstance("EUR"));
    private static final NoticeLinks LINKS = new NoticeLinks(URI.create("https://booking.example.com"));

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.withConnections(4);

    private final AvailabilityCache availabilityCache = new AvailabilityCache();
    private final MovableClock clock = new MovableClock(NOW);
    private final CountedInvites invites = new CountedInvites(new Ical4jInvites());
    private PaymentProcess process;
    private long paidType;
    private long freeType;
    private BookingManager.Caller client;
    private BookingManager.Caller builder;
    private String clientEmail;
    private String builderEmail;

    @BeforeEach
    void seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        clientEmail = "client-" + run + "@example.com";
        builderEmail = "builder-" + run + "@example.com";
        client = new BookingManager.Caller(clientEmail, false);
        builder = new BookingManager.Caller(builderEmail, false);
        List<Long> types = DATABASE.inTransaction(entityManager -> {
            BuilderProfile profile = Seeds.listedBuilder(entityManager, builderEmail, BERLIN, LocalTime.of(9, 0),
                    LocalTime.of(17, 0));
            SessionType paid = new SessionType(profile, "Code review", "An hour", Duration.ofHours(1), PRICE);
            SessionType free = new SessionType(profile, "Intro call", "Half an hour", Duration.ofMinutes(30), null);
            entityManager.persist(paid);
            entityManager.persist(free);
            Seeds.client(entityManager, clientEmail, NEW_YORK);
            entityManager.flush();
            return List.of(paid.id(), free.id());
        });
        paidType = types.get(0);
        freeType = types.get(1);
        CheckoutLinks links = new CheckoutLinks(URI.create("http://localhost:8080"));
        process = new PaymentProcess(new PaymentWork.Transactions() {
            @Override
            public <T> T inTransaction(Function<PaymentWork, T> work) {
                return DATABASE.inTransaction(entityManager -> work.apply(new PaymentWork(
                        new JpaPaymentRepository(entityManager), new BookingSettlement(
                        new JpaAccountRepository(entityManager), new JpaScheduleOwnerRepository(entityManager),
                        bookings(entityManager), clock), settled -> { })));
            }
        }, TestPayments.testMode(DATABASE, links, clock), links, clock);
    }

    /** The notices over the transaction's entity manager, as the server's observer writes them. */
    private BookingNotices notices(EntityManager entityManager) {
        return NoticeWriters.over(entityManager, LINKS, true, clock, invites);
    }

    /** The booking repository whose every change is noticed in the same transaction. */
    private JpaBookingRepository bookings(EntityManager entityManager) {
        return new JpaBookingRepository(entityManager, change -> notices(entityManager).changed(change));
    }

    private long book(long type, Instant start) {
        return DATABASE.inTransaction(entityManager -> book(entityManager, type, start));
    }

    private long book(EntityManager entityManager, long type, Instant start) {
        return SlotBookers.over(entityManager, clock,
                        BookingPolicySource.fixed(BookingLimits.DEFAULTS, HoldLimits.DEFAULTS), availabilityCache,
                        change -> notices(entityManager).changed(change))
                .book(clientEmail, new BookingRequest(type, start, NEW_YORK, "Review <my> code", null)).id();
    }

    private <T> T manage(Function<BookingManager, T> work) {
        return DATABASE.inTransaction(entityManager -> work.apply(new BookingManager(
                new JpaAccountRepository(entityManager), new JpaScheduleOwnerRepository(entityManager),
                new JpaSessionTypeRepository(entityManager), new JpaAvailabilityRepository(entityManager),
                bookings(entityManager), availabilityCache,
                new PaymentLedger(new JpaPaymentRepository(entityManager), true, clock), clock,
                BookingPolicySource.fixed(BookingLimits.DEFAULTS, HoldLimits.DEFAULTS))));
    }

    private long paidBooking(Instant start) {
        long booking = book(paidType, start);
        CheckoutStart checkout = process.startCheckout(clientEmail, booking);
        process.receive(TestModeEvents.checkoutPaid(checkout.checkoutSessionId(), booking, PRICE, clock.instant()));
        return booking;
    }

    private static List<OutboxMessage> outbox(String recipientEmail) {
        return DATABASE.inTransaction(entityManager -> entityManager.createQuery(
                        "select m from OutboxMessage m where m.recipientEmail = :email order by m.createdAt, m.id",
                        OutboxMessage.class)
                .setParameter("email", recipientEmail)
                .getResultList());
    }

    private static List<Notification> notifications(String recipientEmail) {
        return DATABASE.inTransaction(entityManager -> entityManager.createQuery("""
                        select n from Notification n, Account a
                        where n.recipientId = a.id and a.emailNormalized = :email
                        order by n.createdAt, n.id""", Notification.class)
                .setParameter("email", recipientEmail)
                .getResultList());
    }

    @Test
    void aFreeBookingCommittedWritesAnInviteAndANotificationForEachParty() {
        long booking = book(freeType, SLOT);

        assertThat(outbox(clientEmail)).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(NoticeKind.BOOKING_CONFIRMED);
            assertThat(message.bookingId()).contains(booking);
            assertThat(message.textBody()).contains("When (your time): Friday 4 December 2026, 04:00–04:30 EST "
                    + "(America/New_York)", "https://booking.example.com/booking/manage/" + booking);
            assertThat(message.htmlBody()).contains("Review &lt;my&gt; code");
            assertThat(message.invite()).hasValueSatisfying(invite -> {
                assertThat(invite.method()).isEqualTo(IcsMethod.REQUEST);
                assertThat(invite.text()).contains("UID:booking-" + booking + "@booking.example.com",
                        "SEQUENCE:0", "DTSTART:20261204T090000Z");
            });
            assertThat(message.messageId()).endsWith("@booking.example.com>");
        });
        assertThat(outbox(builderEmail)).singleElement().satisfies(message -> {
            assertThat(message.textBody())
                    .contains("When (your time): Friday 4 December 2026, 10:00–10:30 CET (Europe/Berlin)");
            assertThat(message.invite()).isEqualTo(outbox(clientEmail).get(0).invite());
        });
        assertThat(invites.written()).as("the event both invites carry, written once").isEqualTo(1);
        assertThat(notifications(clientEmail)).extracting(Notification::kind)
                .containsExactly(NoticeKind.BOOKING_CONFIRMED);
        assertThat(notifications(builderEmail)).extracting(Notification::kind)
                .containsExactly(NoticeKind.BOOKING_CONFIRMED);
    }

    @Test
    void aBookingThatRollsBackTellsNobody() {
        assertThatThrownBy(() -> DATABASE.inTransaction(entityManager -> {
            book(entityManager, freeType, SLOT);
            entityManager.flush();
            throw new IllegalStateException("the transaction fails after the booking");
        })).hasMessage("the transaction fails after the booking");

        assertThat(outbox(clientEmail)).isEmpty();
        assertThat(outbox(builderEmail)).isEmpty();
        assertThat(notifications(clientEmail)).isEmpty();
        assertThat(notifications(builderEmail)).isEmpty();
    }

    @Test
    void aPaidBookingShowsTheHoldInTheAppOnlyThenTellsBothOfThePayment() {
        long booking = book(paidType, SLOT);

        assertThat(outbox(clientEmail)).isEmpty();
        assertThat(notifications(clientEmail)).singleElement().satisfies(notification -> {
            assertThat(notification.kind()).isEqualTo(NoticeKind.PAYMENT_PENDING);
            assertThat(notification.text()).contains("We hold the slot for you until");
        });
        assertThat(notifications(builderEmail)).isEmpty();

        CheckoutStart checkout = process.startCheckout(clientEmail, booking);
        process.receive(TestModeEvents.checkoutPaid(checkout.checkoutSessionId(), booking, PRICE, clock.instant()));

        assertThat(outbox(clientEmail)).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(NoticeKind.BOOKING_CONFIRMED);
            assertThat(message.textBody()).contains("We received your payment of EUR 60.00.");
        });
        assertThat(outbox(builderEmail)).extracting(OutboxMessage::kind).containsExactly(NoticeKind.BOOKING_CONFIRMED);
    }

    @Test
    void aCancellationTellsBothWhatComesBackWithAnInviteThatOutranksTheRequests() {
        long booking = paidBooking(SLOT);

        manage(manager -> manager.cancel(client, booking, Canceller.CLIENT, "Plans changed", OptionalLong.empty()));

        OutboxMessage cancelled = outbox(clientEmail).get(1);
        assertThat(cancelled.kind()).isEqualTo(NoticeKind.BOOKING_CANCELLED);
        assertThat(cancelled.textBody()).contains("You cancelled the session.", "Reason given: Plans changed",
                "EUR 60.00 of the EUR 60.00 you paid is on its way back to you");
        assertThat(cancelled.invite()).hasValueSatisfying(invite -> {
            assertThat(invite.method()).isEqualTo(IcsMethod.CANCEL);
            assertThat(invite.text()).contains("UID:booking-" + booking + "@booking.example.com", "SEQUENCE:1",
                    "STATUS:CANCELLED");
        });
        assertThat(outbox(builderEmail)).last().satisfies(message -> assertThat(message.textBody())
                .contains(clientEmail.substring(0, clientEmail.indexOf('@')) + " cancelled the session.",
                        "is refunded EUR 60.00"));
    }

    @Test
    void aMoveTellsBothTheOldAndNewTimeWithTheSequenceRaised() {
        long booking = book(freeType, SLOT);
        Instant nextDay = SLOT.plus(Duration.ofDays(1));

        manage(manager -> manager.reschedule(client, booking, nextDay));

        assertThat(outbox(builderEmail)).last().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(NoticeKind.BOOKING_RESCHEDULED);
            assertThat(message.textBody()).contains("moved the session from Friday 4 December 2026, 10:00–10:30 CET "
                    + "(Europe/Berlin) to Saturday 5 December 2026, 10:00–10:30 CET (Europe/Berlin).");
            assertThat(message.invite().orElseThrow().text()).contains("SEQUENCE:1", "DTSTART:20261205T090000Z");
        });
    }

    @Test
    void aSettledRefundTellsTheClient() {
        long booking = book(freeType, SLOT);

        DATABASE.inTransaction(entityManager -> {
            notices(entityManager).refundSettled(new RefundSettled(booking, 7, PRICE, false,
                    Optional.of("card_declined")));
            return null;
        });

        assertThat(outbox(clientEmail)).last().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(NoticeKind.REFUND_FAILED);
            assertThat(message.textBody()).contains("We are retrying; there is nothing you need to do.")
                    .doesNotContain("card_declined");
        });
        assertThat(outbox(builderEmail)).extracting(OutboxMessage::kind).doesNotContain(NoticeKind.REFUND_FAILED);
    }

    @Test
    void aReminderIsWrittenOncePerStartAndNotForAnotherStart() {
        long booking = book(freeType, SLOT);

        assertThat(writeOnce(booking, NoticeKind.REMINDER_EARLY, SLOT)).isTrue();
        assertThat(writeOnce(booking, NoticeKind.REMINDER_EARLY, SLOT)).isFalse();
        assertThat(writeOnce(booking, NoticeKind.REMINDER_EARLY, SLOT.plusSeconds(3600))).isFalse();

        assertThat(outbox(clientEmail)).extracting(OutboxMessage::kind)
                .containsExactly(NoticeKind.BOOKING_CONFIRMED, NoticeKind.REMINDER_EARLY);
        assertThat(outbox(builderEmail)).extracting(OutboxMessage::kind)
                .containsExactly(NoticeKind.BOOKING_CONFIRMED, NoticeKind.REMINDER_EARLY);
    }

    @Test
    void aReminderTellsEachPartyOfTheSessionInTheirOwnZoneAndTheOthers() {
        long booking = book(freeType, SLOT);

        assertThat(writeOnce(booking, NoticeKind.REMINDER_EARLY, SLOT)).isTrue();

        OutboxMessage toClient = outbox(clientEmail).get(1);
        assertThat(toClient.subject()).startsWith("Reminder: Intro call with ")
                .endsWith(" on Fri 4 Dec 2026, 04:00 EST");
        assertThat(toClient.textBody())
                .contains("When (your time): Friday 4 December 2026, 04:00–04:30 EST (America/New_York)",
                        "Europe/Berlin)", "Price: free", "Purpose: Review <my> code",
                        "Open the booking: https://booking.example.com/booking/manage/" + booking);
        assertThat(toClient.htmlBody()).contains("Review &lt;my&gt; code");
        assertThat(outbox(builderEmail).get(1).textBody())
                .contains("When (your time): Friday 4 December 2026, 10:00–10:30 CET (Europe/Berlin)",
                        "(America/New_York)");
        assertThat(notifications(clientEmail)).last().extracting(Notification::kind)
                .isEqualTo(NoticeKind.REMINDER_EARLY);
    }

    @Test
    void aChunkOfRemindersWritesEachDueOneOnceAndSkipsACancelledOneAnUnknownOneAndAnotherStart() {
        long first = book(freeType, SLOT);
        long second = book(freeType, SLOT.plus(Duration.ofHours(2)));
        long cancelled = book(freeType, SLOT.plus(Duration.ofHours(4)));
        manage(manager -> manager.cancel(client, cancelled, Canceller.CLIENT, "", OptionalLong.empty()));
        List<OnceNotices.Once> chunk = List.of(
                new OnceNotices.Once(first, NoticeKind.REMINDER_EARLY, SLOT),
                new OnceNotices.Once(second, NoticeKind.REMINDER_EARLY, SLOT.plus(Duration.ofHours(2))),
                new OnceNotices.Once(second, NoticeKind.REMINDER_EARLY, SLOT),
                new OnceNotices.Once(cancelled, NoticeKind.REMINDER_EARLY, SLOT.plus(Duration.ofHours(4))),
                new OnceNotices.Once(Long.MAX_VALUE, NoticeKind.REMINDER_EARLY, SLOT));

        int written = DATABASE.inTransaction(entityManager -> notices(entityManager).writeEachOnce(chunk));
        int again = DATABASE.inTransaction(entityManager -> notices(entityManager).writeEachOnce(chunk));

        assertThat(written).isEqualTo(2);
        assertThat(again).isZero();

        assertThat(outbox(clientEmail)).filteredOn(message -> message.kind() == NoticeKind.REMINDER_EARLY)
                .extracting(message -> message.bookingId().orElseThrow()).containsExactlyInAnyOrder(first, second);
        assertThat(outbox(builderEmail)).filteredOn(message -> message.kind() == NoticeKind.REMINDER_EARLY)
                .extracting(message -> message.bookingId().orElseThrow()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void theEndOfFreeCancellationSaysWhatCancellingNowGivesBackUnderTheBookingsTerms() {
        long booking = paidBooking(SLOT);
        clock.advance(Duration.ofHours(40));

        assertThat(writeOnce(booking, NoticeKind.CANCELLATION_WINDOW_CLOSED, SLOT)).isTrue();

        assertThat(outbox(clientEmail)).last().satisfies(message -> assertThat(message.textBody())
                .contains("Cancelling now gives back 50 % of the EUR 60.00 you paid, under the Standard terms.",
                        "You can still move it to another time until Thursday 3 December 2026, 04:00 EST "
                                + "(America/New_York)."));
        assertThat(outbox(builderEmail)).extracting(OutboxMessage::kind)
                .doesNotContain(NoticeKind.CANCELLATION_WINDOW_CLOSED);
    }

    @Test
    void aCancelledBookingGetsNoReminder() {
        long booking = book(freeType, SLOT);
        manage(manager -> manager.cancel(client, booking, Canceller.CLIENT, "", OptionalLong.empty()));

        assertThat(writeOnce(booking, NoticeKind.REMINDER_LATE, SLOT)).isFalse();
        assertThat(outbox(clientEmail)).extracting(OutboxMessage::kind).doesNotContain(NoticeKind.REMINDER_LATE);
    }

    @Test
    void twoWritersAtOnceWriteOneReminderAndNeitherFails() throws Exception {
        long booking = book(freeType, SLOT);
        List<Integer> written = twoChunksAtOnce(
                List.of(new OnceNotices.Once(booking, NoticeKind.REMINDER_EARLY, SLOT)),
                List.of(new OnceNotices.Once(booking, NoticeKind.REMINDER_EARLY, SLOT)));

        assertThat(written).containsExactly(1, 0);
        assertThat(outbox(clientEmail)).extracting(OutboxMessage::kind)
                .containsOnlyOnce(NoticeKind.REMINDER_EARLY);
        assertThat(outbox(builderEmail)).extracting(OutboxMessage::kind)
                .containsOnlyOnce(NoticeKind.REMINDER_EARLY);
    }

    @Test
    void twoChunksAtOnceThatShareABookingWriteItsReminderOnceAndEachOfTheOthersAndNeitherFails() throws Exception {
        long first = book(freeType, SLOT);
        long shared = book(freeType, SLOT.plus(Duration.ofHours(2)));
        long last = book(freeType, SLOT.plus(Duration.ofHours(4)));
        List<OnceNotices.Once> one = List.of(
                new OnceNotices.Once(first, NoticeKind.REMINDER_EARLY, SLOT),
                new OnceNotices.Once(shared, NoticeKind.REMINDER_EARLY, SLOT.plus(Duration.ofHours(2))));
        List<OnceNotices.Once> other = List.of(
                new OnceNotices.Once(shared, NoticeKind.REMINDER_EARLY, SLOT.plus(Duration.ofHours(2))),
                new OnceNotices.Once(last, NoticeKind.REMINDER_EARLY, SLOT.plus(Duration.ofHours(4))));
        List<Integer> written = twoChunksAtOnce(one, other);

        assertThat(written).containsExactly(2, 1);
        for (String recipient : List.of(clientEmail, builderEmail)) {
            assertThat(outbox(recipient)).filteredOn(message -> message.kind() == NoticeKind.REMINDER_EARLY)
                    .extracting(message -> message.bookingId().orElseThrow())
                    .containsExactlyInAnyOrder(first, shared, last);
            assertThat(notifications(recipient)).filteredOn(notice -> notice.kind() == NoticeKind.REMINDER_EARLY)
                    .hasSize(3);
        }
    }

    @Test
    void aReminderGivenTwiceInOneChunkIsWrittenOnce() {
        long booking = book(freeType, SLOT);
        OnceNotices.Once reminder = new OnceNotices.Once(booking, NoticeKind.REMINDER_LATE, SLOT);

        int written = DATABASE.inTransaction(entityManager -> notices(entityManager)
                .writeEachOnce(List.of(reminder, reminder)));

        assertThat(written).isEqualTo(1);
        assertThat(outbox(clientEmail)).extracting(OutboxMessage::kind).containsOnlyOnce(NoticeKind.REMINDER_LATE);
        assertThat(outbox(builderEmail)).extracting(OutboxMessage::kind).containsOnlyOnce(NoticeKind.REMINDER_LATE);
    }

    @Test
    void onlyTheJobsNoticesAreWrittenOncePerStart() {
        assertThatThrownBy(() -> new OnceNotices.Once(1, NoticeKind.BOOKING_CONFIRMED, SLOT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BOOKING_CONFIRMED");
    }

    /**
     * Writes {@code first} in a transaction that stays open, its marks written, while another writes {@code second},
     * as two nodes' runs would at the same moment.
     *
     * @return how many each wrote
     */
    private List<Integer> twoChunksAtOnce(List<OnceNotices.Once> first, List<OnceNotices.Once> second)
            throws Exception {
        CountDownLatch firstMarked = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> firstWritten = threads.submit(() -> DATABASE.inTransaction(entityManager -> {
                int written = notices(entityManager).writeEachOnce(first);
                entityManager.flush();
                firstMarked.countDown();
                pause();
                return written;
            }));
            Future<Integer> secondWritten = threads.submit(() -> {
                firstMarked.await(10, TimeUnit.SECONDS);
                return DATABASE.inTransaction(entityManager -> notices(entityManager).writeEachOnce(second));
            });
            return List.of(firstWritten.get(30, TimeUnit.SECONDS), secondWritten.get(30, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }

    /** Holds the first writer's transaction open while the second one tries. */
    private static void pause() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean writeOnce(long booking, NoticeKind kind, Instant startsAt) {
        return DATABASE.inTransaction(entityManager -> notices(entityManager).writeOnce(booking, kind, startsAt));
    }

    /** The invites a writer wrote, counted. */
    private static final class CountedInvites implements CalendarInvites {

        private final CalendarInvites writer;
        private final AtomicInteger written = new AtomicInteger();

        CountedInvites(CalendarInvites writer) {
            this.writer = writer;
        }

        int written() {
            return written.get();
        }

        @Override
        public CalendarInvite request(Event event) {
            written.incrementAndGet();
            return writer.request(event);
        }

        @Override
        public CalendarInvite cancel(Event event) {
            written.incrementAndGet();
            return writer.cancel(event);
        }
    }
}
