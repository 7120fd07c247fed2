package com.buildappswith.booking.jobs.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each share of a partitioned reading in (start, id) order has got to, as the one checkpoint its run keeps:
 * the shares' positions in share order, separated by spaces, {@code -} for a share that has none yet. A checkpoint
 * written for another number of shares (or a single position, as the job wrote before it was partitioned) still
 * resumes safely: every share starts from the earliest position in it, before which every share had finished.
 */
public record SharePositions(List<Optional<BookingPosition>> positions) {

    private static final String NONE = "-";
    private static final Comparator<BookingPosition> ORDER = Comparator.comparing(BookingPosition::startsAt)
            .thenComparingLong(BookingPosition::bookingId);

    public SharePositions {
        positions = List.copyOf(Objects.requireNonNull(positions, "The positions are required."));
        if (positions.isEmpty()) {
            throw new IllegalArgumentException("There is a position for at least one share.");
        }
    }

    /** No share has a position yet. */
    public static SharePositions none(int shares) {
        return new SharePositions(Collections.nCopies(shares, Optional.empty()));
    }

    /** The positions as {@link #toString} wrote them, or a single position. */
    public static SharePositions parse(String text) {
        List<Optional<BookingPosition>> positions = new ArrayList<>();
        for (String position : Objects.requireNonNull(text, "The checkpoint is required.").strip().split(" +")) {
            positions.add(NONE.equals(position) ? Optional.empty() : Optional.of(BookingPosition.parse(position)));
        }
        return new SharePositions(positions);
    }

    /** The checkpoint {@code text} as positions of {@code shares} shares; none when there is no checkpoint. */
    public static SharePositions of(Optional<String> text, int shares) {
        return text.map(SharePositions::parse).map(parsed -> parsed.resized(shares)).orElseGet(() -> none(shares));
    }

    /** Where {@code share} resumes. */
    public Optional<BookingPosition> of(BookingShare share) {
        return resized(share.count()).positions.get(share.index());
    }

    /** These positions with {@code share} at {@code reached}. */
    public SharePositions with(BookingShare share, BookingPosition reached) {
        List<Optional<BookingPosition>> moved = new ArrayList<>(resized(share.count()).positions);
        moved.set(share.index(), Optional.of(Objects.requireNonNull(reached, "The position is required.")));
        return new SharePositions(moved);
    }

    private SharePositions resized(int shares) {
        if (positions.size() == shares) {
            return this;
        }
        Optional<BookingPosition> earliest = positions.stream().anyMatch(Optional::isEmpty) ? Optional.empty()
                : positions.stream().map(Optional::orElseThrow).min(ORDER);
        return new SharePositions(Collections.nCopies(shares, earliest));
    }

    @Override
    public String toString() {
        return String.join(" ", positions.stream().map(position -> position.map(BookingPosition::toString)
                .orElse(NONE)).toList());
    }
}
