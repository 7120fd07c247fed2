package com.buildappswith.booking.scheduling.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The part of an existing booking that the slot engine and the booking limits need: when it takes its builder's
 * time, whether it shares capacity with the session type in question, and whether it still holds it. Read as a
 * projection, so checking a slot does not load every nearby booking with its client, builder and session type.
 *
 * @param bookingId       the booking's id, so that a lapsed hold can be marked expired
 * @param occupiedFrom    the start less the buffer before that applied when it was booked
 * @param occupiedUntil   the end plus the buffer after that applied when it was booked
 * @param sameSessionType whether it is of the session type being searched or booked (only those share capacity)
 */
public record OccupiedTime(Long bookingId, Instant start, Instant end, Instant occupiedFrom, Instant occupiedUntil,
                           boolean sameSessionType, BookingStatus status, Instant holdExpiresAt) {

    public OccupiedTime {
        Objects.requireNonNull(bookingId, "Booking id is required.");
        Objects.requireNonNull(start, "Start is required.");
        Objects.requireNonNull(end, "End is required.");
        Objects.requireNonNull(occupiedFrom, "Occupied from is required.");
        Objects.requireNonNull(occupiedUntil, "Occupied until is required.");
        Objects.requireNonNull(status, "Status is required.");
    }

    public boolean occupiesSlotAt(Instant now) {
        return status.occupiesSlotAt(now, holdExpiresAt);
    }

    /** A hold past its expiry: it no longer occupies its slot, though nothing has marked it EXPIRED yet. */
    public boolean isLapsedHoldAt(Instant now) {
        return status == BookingStatus.HELD && !occupiesSlotAt(now);
    }

    /** What the slot engine must keep clear at {@code now}: the times that still occupy their slot. */
    public static List<BusyInterval> busyAt(List<OccupiedTime> occupied, Instant now) {
        return occupied.stream()
                .filter(time -> time.occupiesSlotAt(now))
                .map(OccupiedTime::asBusy)
                .toList();
    }

    /**
     * When the first of the holds that occupy their slot at {@code now} lapses, which frees its time without any
     * change in the database; {@link Instant#MAX} if none does.
     */
    public static Instant firstLapseAfter(List<OccupiedTime> occupied, Instant now) {
        Instant first = Instant.MAX;
        for (OccupiedTime time : occupied) {
            if (time.status == BookingStatus.HELD && time.occupiesSlotAt(now) && time.holdExpiresAt.isBefore(first)) {
                first = time.holdExpiresAt;
            }
        }
        return first;
    }

    /** The interval as the slot engine sees it. */
    public BusyInterval asBusy() {
        return new BusyInterval(start, end, Duration.between(occupiedFrom, start), Duration.between(end, occupiedUntil),
                sameSessionType);
    }
}
