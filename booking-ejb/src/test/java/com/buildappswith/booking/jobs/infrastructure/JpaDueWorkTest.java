package com.buildappswith.booking.jobs.infrastructure;

import com.buildappswith.booking.jobs.model.BookingPosition;
import com.buildappswith.booking.jobs.model.BookingShare;
import com.buildappswith.booking.jobs.model.DueWork;
import com.buildappswith.booking.jobs.model.DueNotices;
import com.buildappswith.booking.jobs.model.ReminderOffsets;
import com.buildappswith.booking.jobs.model.SharePositions;
import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.policy.model.PolicyTerms;
import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import com.buildappswith.booking.scheduling.application.Seeds;
import com.buildappswith.booking.scheduling.application.TestDatabase;
import com.buildappswith.booking.scheduling.model.Booking;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.scheduling.model.SessionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs' queries against a real database (PostgreSQL when BOOKING_DB_URL names one, else H2) over a few thousand
 * bookings: the reminders due, read by keyset in pages as the reminders job's reader does, by a run that stops
 * midway and one that restarts from its checkpoint, together read every due reminder exactly once, and so do two
 * partitions, each with its share of the bookings and its position in the run's checkpoint; a run after them finds
 * nothing. Bookings of three builders share their start times, so the id breaks ties in the order.
 */
class JpaDueWorkTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final int BUILDERS = 3;
    private static final int HOURS = 1000;
    private static final int PAGE = 500;
    private static final int CHUNK = 100;
    private static final ReminderOffsets OFFSETS = new ReminderOffsets(Optional.of(Duration.ofDays(50)),
            Duration.ofHours(1));

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final Set<Long> CONFIRMED = new HashSet<>();

    @BeforeAll
    static void seedBookings() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int b = 0; b < BUILDERS; b++) {
            int builderNumber = b;
            DATABASE.inTransaction(entityManager -> {
                BuilderProfile builder = Seeds.listedBuilder(entityManager, "builder" + builderNumber + "-" + run
                        + "@example.com", UTC, LocalTime.MIN, LocalTime.MAX);
                SessionType type = new SessionType(builder, "Pairing", "Half an hour", Duration.ofMinutes(30), null);
                entityManager.persist(type);
                Account client = Seeds.client(entityManager, "client" + builderNumber + "-" + run + "@example.com",
                        UTC);
                for (int hour = 1; hour <= HOURS; hour++) {
                    Booking booking = new Booking(type, client, NOW.plus(Duration.ofHours(hour)), UTC, "Pairing", "",
                            NOW.minus(Duration.ofDays(10)), null, PolicyTerms.STANDARD);
                    entityManager.persist(booking);
                    if (builderNumber == 0 && hour % 7 == 0) {
                        entityManager.persist(booking.moveTo(BookingStatus.CANCELLED_BY_CLIENT, "client", "",
                                NOW.minus(Duration.ofDays(1))));
                    }
                    if (hour % 100 == 0) {
                        entityManager.flush();
                        entityManager.clear();
                        builder = entityManager.find(BuilderProfile.class, builder.id());
                        type = entityManager.find(SessionType.class, type.id());
                        client = entityManager.find(Account.class, client.id());
                    }
                }
                return null;
            });
        }
        CONFIRMED.addAll(DATABASE.inTransaction(entityManager -> entityManager.createQuery(
                "select b.id from Booking b where b.status = :confirmed", Long.class)
                .setParameter("confirmed", BookingStatus.CONFIRMED).getResultList()));
    }

    /** Each test reminds from scratch. */
    @BeforeEach
    void noNoticeWrittenYet() {
        DATABASE.inTransaction(entityManager -> entityManager.createNativeQuery("DELETE FROM booking_notice")
                .executeUpdate());
    }

    /** One run of the reminders job as its reader and writer go: pages by keyset, chunks committed one by one. */
    private static List<BookingPosition> remind(Instant now, BookingShare share, Optional<BookingPosition> from,
                                                int stopAfter) {
        List<BookingPosition> read = new ArrayList<>();
        Optional<BookingPosition> position = from;
        while (read.size() < stopAfter) {
            Optional<BookingPosition> after = position;
            List<BookingPosition> page = DATABASE.inTransaction(entityManager -> new JpaDueWork(entityManager)
                    .remindersDue(now, OFFSETS, share, after, PAGE));
            for (int start = 0; start < page.size() && read.size() < stopAfter; start += CHUNK) {
                List<BookingPosition> chunk = page.subList(start, Math.min(page.size(),
                        Math.min(start + CHUNK, start + stopAfter - read.size())));
                DATABASE.inTransaction(entityManager -> {
                    NoticeRowsOnly notices = new NoticeRowsOnly(entityManager, now);
                    chunk.forEach(due -> notices.writeOnce(due.bookingId(), DueNotices.reminderDue(
                            BookingStatus.CONFIRMED, due.startsAt(), now, OFFSETS).orElseThrow(), due.startsAt()));
                    return null;
                });
                read.addAll(chunk);
                position = Optional.of(chunk.get(chunk.size() - 1));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return read;
    }

    @Test
    void aRunStoppedMidwayAndOneRestartedFromItsCheckpointReadEveryDueReminderOnceInOrder() {
        List<BookingPosition> first = remind(NOW, BookingShare.ALL, Optional.empty(), 1234);
        BookingPosition checkpoint = first.get(first.size() - 1);
        List<BookingPosition> restarted = remind(NOW, BookingShare.ALL, Optional.of(checkpoint), Integer.MAX_VALUE);

        List<BookingPosition> all = new ArrayList<>(first);
        all.addAll(restarted);
        assertThat(first).hasSize(1234);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(BookingPosition::startsAt)
                .thenComparingLong(BookingPosition::bookingId));
        assertThat(all).extracting(BookingPosition::bookingId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(CONFIRMED);
        assertThat(remind(NOW, BookingShare.ALL, Optional.empty(), Integer.MAX_VALUE)).as("a run after them").isEmpty();
        assertThat(noticeCount()).isEqualTo(CONFIRMED.size());

        Instant later = NOW.plus(Duration.ofMinutes(150));
        List<BookingPosition> lateOnes = remind(later, BookingShare.ALL, Optional.empty(), Integer.MAX_VALUE);
        assertThat(lateOnes).as("only those now inside the late window are due again, as the late reminder")
                .isNotEmpty()
                .allSatisfy(due -> assertThat(due.startsAt()).isEqualTo(NOW.plus(Duration.ofHours(3))));
        assertThat(noticeCount()).isEqualTo(CONFIRMED.size() + lateOnes.size());
    }

    @Test
    void twoSharesStoppedMidwayAndRestartedFromTheRunsCheckpointReadEveryDueReminderOnceBetweenThem() {
        SharePositions checkpoint = SharePositions.none(2);
        List<BookingPosition> all = new ArrayList<>();
        int[] stops = {700, 456};
        for (int index = 0; index < 2; index++) {
            BookingShare share = new BookingShare(index, 2);
            List<BookingPosition> first = remind(NOW, share, Optional.empty(), stops[index]);
            assertThat(first).hasSize(stops[index]).allMatch(due -> share.holds(due.bookingId()));
            checkpoint = checkpoint.with(share, first.get(first.size() - 1));
            all.addAll(first);
        }
        SharePositions resumed = SharePositions.parse(checkpoint.toString());
        for (int index = 0; index < 2; index++) {
            BookingShare share = new BookingShare(index, 2);
            List<BookingPosition> rest = remind(NOW, share, resumed.of(share), Integer.MAX_VALUE);
            assertThat(rest).allMatch(due -> share.holds(due.bookingId()));
            all.addAll(rest);
        }

        assertThat(all).extracting(BookingPosition::bookingId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(CONFIRMED);
        assertThat(noticeCount()).isEqualTo(CONFIRMED.size());
    }

    @Test
    void theEndOfFreeCancellationIsDueForConfirmedBookingsInsideTheirNoticeAndEndedSessionsAreFoundByIdPages() {
        List<DueWork.WindowCandidate> closed = new ArrayList<>();
        long after = 0;
        List<DueWork.WindowCandidate> page;
        do {
            long from = after;
            page = DATABASE.inTransaction(entityManager -> new JpaDueWork(entityManager).windowsClosed(NOW, from,
                    40));
            closed.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1).bookingId();
        } while (!page.isEmpty());

        assertThat(closed).extracting(DueWork.WindowCandidate::bookingId).isSorted().doesNotHaveDuplicates()
                .allMatch(CONFIRMED::contains);
        assertThat(closed).allSatisfy(candidate -> {
            assertThat(candidate.startsAt()).isAfter(NOW).isBeforeOrEqualTo(NOW.plus(Duration.ofHours(48)));
            assertThat(candidate.freeNotice()).isEqualTo(Duration.ofHours(48));
        });
        long expected = 48L * BUILDERS - 48 / 7;
        assertThat(closed).hasSize((int) expected);

        List<Long> ended = DATABASE.inTransaction(entityManager -> new JpaDueWork(entityManager)
                .endedBefore(NOW.plus(Duration.ofHours(3)), 0, 100));
        assertThat(ended).hasSize(2 * BUILDERS).isSorted().allMatch(CONFIRMED::contains);
    }

    private static long noticeCount() {
        return DATABASE.inTransaction(entityManager -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM booking_notice").getSingleResult()).longValue());
    }
}
