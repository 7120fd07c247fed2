package com.buildappswith.booking.jobs.model;

import com.buildappswith.booking.notification.model.NoticeKind;
import com.buildappswith.booking.scheduling.model.BookingStatus;
import com.buildappswith.booking.testing.Generator;
import com.buildappswith.booking.testing.PropertyTest;
import com.buildappswith.booking.testing.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which reminder a booking is due at a moment, over random statuses, starts, moments and offsets: never one for a
 * booking that is not CONFIRMED, never one at or after the start, the late one (never the early one) inside the late
 * window, and the early one only between the two offsets.
 */
class DueNoticesPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    record Case(BookingStatus status, Instant start, Instant now, ReminderOffsets offsets) {
    }

    static Stream<Arguments> cases() {
        return SeededCases.cases(0x5EED_0014L, 500, DueNoticesPropertiesTest::draw);
    }

    private static Case draw(Generator random) {
        Duration late = Duration.ofMinutes(random.between(1, 6 * 60));
        Optional<Duration> early = random.chance(0.2) ? Optional.empty()
                : Optional.of(late.plusMinutes(random.between(1, 3 * 24 * 60)));
        ReminderOffsets offsets = new ReminderOffsets(early, late);
        Instant start = NOW.plus(Duration.ofMinutes(random.between(0, 4 * 24 * 60)));
        // Moments around the edges are where the rule could go wrong: draw them often.
        Instant now = switch (random.between(0, 4)) {
            case 0 -> start.minus(late);
            case 1 -> start.minus(offsets.furthest());
            case 2 -> start.minus(late).plusSeconds(random.between(-1, 1));
            case 3 -> start.plusSeconds(random.between(-2, 2));
            default -> NOW.plus(Duration.ofMinutes(random.between(0, 5 * 24 * 60)));
        };
        return new Case(random.oneOf(BookingStatus.values()), start, now, offsets);
    }

    @PropertyTest
    @MethodSource("cases")
    void onlyAConfirmedSessionThatHasNotStartedIsDueAReminder(Case c) {
        Optional<NoticeKind> due = DueNotices.reminderDue(c.status(), c.start(), c.now(), c.offsets());

        if (c.status() != BookingStatus.CONFIRMED || !c.now().isBefore(c.start())) {
            assertThat(due).isEmpty();
        }
    }

    @PropertyTest
    @MethodSource("cases")
    void theLateReminderAloneIsDueInsideTheLateWindowAndTheEarlyOneBetweenTheOffsets(Case c) {
        Optional<NoticeKind> due = DueNotices.reminderDue(BookingStatus.CONFIRMED, c.start(), c.now(), c.offsets());
        Duration left = Duration.between(c.now(), c.start());

        if (left.isNegative() || left.isZero() || left.compareTo(c.offsets().furthest()) > 0) {
            assertThat(due).isEmpty();
        } else if (left.compareTo(c.offsets().late()) <= 0) {
            assertThat(due).contains(NoticeKind.REMINDER_LATE);
        } else {
            assertThat(c.offsets().early()).isPresent();
            assertThat(due).contains(NoticeKind.REMINDER_EARLY);
        }
    }

    @PropertyTest
    @MethodSource("cases")
    void noEndOfFreeCancellationForABookingThatIsNotConfirmedOrHasStarted(Case c) {
        Duration notice = c.offsets().furthest();
        boolean due = DueNotices.windowClosedDue(c.status(), c.start(), NOW.minus(Duration.ofDays(30)), notice,
                c.now());

        boolean expected = c.status() == BookingStatus.CONFIRMED && c.now().isBefore(c.start())
                && !c.now().isBefore(c.start().minus(notice));
        assertThat(due).isEqualTo(expected);
    }

    @Test
    void aReminderMissedWhileNoNodeRanIsSentLateAsTheOneThatFitsTheTimeLeft() {
        ReminderOffsets offsets = ReminderOffsets.of(List.of(Duration.ofHours(24), Duration.ofHours(1)));
        Instant start = NOW.plus(Duration.ofHours(30));

        assertThat(DueNotices.reminderDue(BookingStatus.CONFIRMED, start, start.minus(Duration.ofHours(20)),
                offsets)).contains(NoticeKind.REMINDER_EARLY);
        assertThat(DueNotices.reminderDue(BookingStatus.CONFIRMED, start, start.minus(Duration.ofMinutes(30)),
                offsets)).contains(NoticeKind.REMINDER_LATE);
        assertThat(DueNotices.reminderDue(BookingStatus.CONFIRMED, start, start, offsets)).isEmpty();
        assertThat(DueNotices.reminderDue(BookingStatus.CANCELLED_BY_CLIENT, start,
                start.minus(Duration.ofMinutes(30)), offsets)).isEmpty();
    }

    @Test
    void aBookingMadeAfterItsFreeCancellationEndedIsNotToldItEnded() {
        Instant start = NOW.plus(Duration.ofHours(10));
        Duration notice = Duration.ofHours(48);

        assertThat(DueNotices.windowClosedDue(BookingStatus.CONFIRMED, start, NOW.minus(Duration.ofHours(1)), notice,
                NOW)).isFalse();
        assertThat(DueNotices.windowClosedDue(BookingStatus.CONFIRMED, start, NOW.minus(Duration.ofDays(3)), notice,
                NOW)).isTrue();
    }
}
