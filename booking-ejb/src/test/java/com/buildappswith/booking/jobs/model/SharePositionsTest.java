package com.buildappswith.booking.jobs.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharePositionsTest {

    private static final Instant START = Instant.parse("2026-12-05T08:00:00Z");
    private static final Comparator<BookingPosition> ORDER = Comparator.comparing(BookingPosition::startsAt)
            .thenComparingLong(BookingPosition::bookingId);

    @Test
    void theCheckpointKeepsAPositionPerShareAndReadsBackAsItWasWritten() {
        BookingShare first = new BookingShare(0, 2);
        BookingShare second = new BookingShare(1, 2);
        BookingPosition reached = new BookingPosition(START, 42);

        SharePositions positions = SharePositions.none(2).with(second, reached);

        assertThat(positions.toString()).isEqualTo("- 2026-12-05T08:00:00Z#42");
        assertThat(SharePositions.parse(positions.toString())).isEqualTo(positions);
        assertThat(positions.of(first)).isEmpty();
        assertThat(positions.of(second)).contains(reached);
        assertThat(SharePositions.of(Optional.empty(), 3)).isEqualTo(SharePositions.none(3));
    }

    @Test
    void aSinglePositionAsTheJobWroteItBeforeItWasPartitionedAppliesToEveryShare() {
        BookingPosition reached = new BookingPosition(START, 42);

        SharePositions positions = SharePositions.of(Optional.of(reached.toString()), 2);

        assertThat(positions.of(new BookingShare(0, 2))).contains(reached);
        assertThat(positions.of(new BookingShare(1, 2))).contains(reached);
    }

    @Test
    void somethingThatIsNoCheckpointIsRefused() {
        assertThatThrownBy(() -> SharePositions.parse("yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingShare(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingShare(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Bookings in (start, id) order, read by some number of shares that each stop somewhere, then resumed from the
     * checkpoint by the same or another number of shares: no booking is left out, and with the same number of
     * shares none is read twice.
     */
    @Test
    void resumingFromTheCheckpointLeavesNoBookingOutWhateverTheSharesBeforeAndAfter() {
        Random random = new Random(20261201);
        for (int trial = 0; trial < 500; trial++) {
            List<BookingPosition> bookings = new ArrayList<>();
            int count = 1 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                bookings.add(new BookingPosition(START.plusSeconds(60L * random.nextInt(10)), 1000 + i));
            }
            bookings.sort(ORDER);
            int before = 1 + random.nextInt(4);
            int after = random.nextBoolean() ? before : 1 + random.nextInt(4);

            Map<Long, Integer> reads = new HashMap<>();
            SharePositions checkpoint = SharePositions.none(before);
            for (int index = 0; index < before; index++) {
                BookingShare share = new BookingShare(index, before);
                List<BookingPosition> mine = bookings.stream().filter(b -> share.holds(b.bookingId())).toList();
                int stopAfter = random.nextInt(mine.size() + 1);
                for (BookingPosition booking : mine.subList(0, stopAfter)) {
                    reads.merge(booking.bookingId(), 1, Integer::sum);
                    checkpoint = checkpoint.with(share, booking);
                }
            }
            SharePositions resumed = SharePositions.parse(checkpoint.toString());
            for (int index = 0; index < after; index++) {
                BookingShare share = new BookingShare(index, after);
                Optional<BookingPosition> from = resumed.of(share);
                bookings.stream()
                        .filter(b -> share.holds(b.bookingId()))
                        .filter(b -> from.isEmpty() || ORDER.compare(b, from.get()) > 0)
                        .forEach(b -> reads.merge(b.bookingId(), 1, Integer::sum));
            }

            String trialName = "trial " + trial + ": " + before + " shares, then " + after;
            assertThat(reads.keySet()).as(trialName).hasSize(bookings.size());
            if (before == after) {
                assertThat(reads.values()).as(trialName).containsOnly(1);
            }
        }
    }
}
