package com.buildappswith.booking.profile.model;

import java.time.Instant;
import java.util.Optional;

/**
 * The throttles' rows in the database, shared by every node. A row changes only through {@link #replace}, one
 * statement that succeeds only if nobody changed the row since it was read, so two nodes never both count from the
 * same state.
 */
public interface ThrottleRows {

    /** A row as read: the throttle's state text and the version to replace it from. */
    record Row(String state, long version) {
    }

    Optional<Row> find(ThrottleKey key);

    /** Writes an empty row for {@code key} unless one exists (a row someone else is writing now is left to them). */
    void create(ThrottleKey key);

    /** Replaces the row's state if it is still at {@code version}; whether it was. */
    boolean replace(ThrottleKey key, long version, String state, Instant forgetAt);

    void delete(ThrottleKey key);

    /** Deletes up to {@code atMost} rows that say nothing any more at {@code now}; how many it deleted. */
    int forget(Instant now, int atMost);
}
