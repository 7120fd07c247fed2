package com.buildappswith.booking.scheduling.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;

import static com.buildappswith.booking.scheduling.model.BookingStatus.CANCELLED_BY_BUILDER;
import static com.buildappswith.booking.scheduling.model.BookingStatus.CANCELLED_BY_CLIENT;
import static com.buildappswith.booking.scheduling.model.BookingStatus.COMPLETED;
import static com.buildappswith.booking.scheduling.model.BookingStatus.CONFIRMED;
import static com.buildappswith.booking.scheduling.model.BookingStatus.EXPIRED;
import static com.buildappswith.booking.scheduling.model.BookingStatus.HELD;
import static com.buildappswith.booking.scheduling.model.BookingStatus.NO_SHOW;
import static org.assertj.core.api.Assertions.assertThat;

class BookingStatusTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    @Test
    void aPaidSessionIsHeldAndAFreeOneConfirmedAtOnce() {
        assertThat(BookingStatus.onBooking(true)).isEqualTo(HELD);
        assertThat(BookingStatus.onBooking(false)).isEqualTo(CONFIRMED);
    }

    @Test
    void aHoldIsPaidExpiresOrIsCancelledOnTheBuildersSide() {
        assertThat(targetsOf(HELD)).containsExactlyInAnyOrder(CONFIRMED, EXPIRED, CANCELLED_BY_BUILDER);
    }

    @Test
    void closedStatusesAreExactlyThoseThatNeverChange() {
        assertThat(EnumSet.allOf(BookingStatus.class)).filteredOn(BookingStatus::isClosed)
                .containsExactlyInAnyOrder(CANCELLED_BY_CLIENT, CANCELLED_BY_BUILDER, COMPLETED, NO_SHOW)
                .allMatch(status -> targetsOf(status).isEmpty());
    }

    @Test
    void aLatePaymentMayStillConfirmAnExpiredHold() {
        assertThat(targetsOf(EXPIRED)).containsExactly(CONFIRMED);
    }

    @Test
    void aConfirmedSessionEndsCompletedCancelledOrAsANoShow() {
        assertThat(targetsOf(CONFIRMED))
                .containsExactlyInAnyOrder(COMPLETED, CANCELLED_BY_CLIENT, CANCELLED_BY_BUILDER, NO_SHOW);
    }

    @ParameterizedTest
    @EnumSource(names = {"CANCELLED_BY_CLIENT", "CANCELLED_BY_BUILDER", "COMPLETED", "NO_SHOW"})
    void finalStatusesNeverChange(BookingStatus status) {
        assertThat(targetsOf(status)).isEmpty();
    }

    @Test
    void onlyHeldAndConfirmedBookingsAreActive() {
        assertThat(EnumSet.allOf(BookingStatus.class)).filteredOn(BookingStatus::isActive)
                .containsExactlyInAnyOrder(HELD, CONFIRMED);
    }

    @Test
    void aHoldKeepsItsSlotOnlyUntilItExpires() {
        assertThat(HELD.occupiesSlotAt(NOW, NOW.plusSeconds(1))).isTrue();
        assertThat(HELD.occupiesSlotAt(NOW, NOW)).isFalse();
    }

    @Test
    void aConfirmedBookingKeepsItsSlotAndNoOtherStatusDoes() {
        assertThat(CONFIRMED.occupiesSlotAt(NOW, null)).isTrue();
        assertThat(EnumSet.complementOf(EnumSet.of(HELD, CONFIRMED)))
                .noneMatch(status -> status.occupiesSlotAt(NOW, null));
    }

    private static EnumSet<BookingStatus> targetsOf(BookingStatus from) {
        EnumSet<BookingStatus> targets = EnumSet.noneOf(BookingStatus.class);
        Arrays.stream(BookingStatus.values()).filter(from::canBecome).forEach(targets::add);
        return targets;
    }

    @Test
    void aLapsedHoldIsSeenAsExpiredBeforeAnyJobMarksIt() {
        Instant expiry = Instant.parse("2026-06-15T12:15:00Z");

        assertThat(BookingStatus.HELD.seenAt(expiry.minusSeconds(1), expiry)).isEqualTo(BookingStatus.HELD);
        assertThat(BookingStatus.HELD.seenAt(expiry, expiry)).isEqualTo(BookingStatus.EXPIRED);
        assertThat(BookingStatus.CONFIRMED.seenAt(expiry, null)).isEqualTo(BookingStatus.CONFIRMED);
    }
}
