package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.Availability;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Builders' availability as last read, each remembered with the builder's version at the time. Every change to a
 * builder's hours or exceptions raises the builder's version
 * ({@link com.buildappswith.booking.scheduling.model.ScheduleOwnerRepository#lockForChangeOfHours}), and so does
 * any change to the profile (its timezone among them), so an availability found under the version the caller
 * has just read is the one in the database: a booking reads that version under the builder's row lock, which such a
 * change also takes, and so never books against hours that another node has changed. Hours changed by hand in the
 * database, without raising the version, are not seen until the builder's next change.
 * A slot search reads the version with the session type, before the hours, so the hours it loads are at least as
 * new as the version it remembers them under, and a newer version is never replaced by an older one.
 * <p>
 * A booking thereby reads a builder's hours from the database once per change instead of with every booking (two
 * queries, and the entities built from them, under the lock that every booking with that builder waits for), and
 * a search, on every page of the booking calendar, likewise.
 */
@ApplicationScoped
public class AvailabilityCache {

    /** Enough for every builder of a large directory; beyond it, some builder's hours are read again. */
    static final int DEFAULT_CAPACITY = 20_000;

    private record Remembered(long version, Availability availability) {
    }

    private final int capacity;
    private final Map<Long, Remembered> byBuilder = new ConcurrentHashMap<>();

    public AvailabilityCache() {
        this(DEFAULT_CAPACITY);
    }

    AvailabilityCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A cache holds at least one builder.");
        }
        this.capacity = capacity;
    }

    /**
     * The availability of builder {@code builderId} at version {@code version}: as remembered, or from
     * {@code load}, which the caller runs in its own transaction after reading that version.
     */
    public Availability availability(long builderId, long version, Supplier<Availability> load) {
        Remembered remembered = byBuilder.get(builderId);
        if (remembered != null && remembered.version() == version) {
            return remembered.availability();
        }
        Availability loaded = load.get();
        makeRoom(builderId);
        // A slower reader of an older version must not replace what a newer one remembered.
        byBuilder.merge(builderId, new Remembered(version, loaded),
                (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        return loaded;
    }

    int size() {
        return byBuilder.size();
    }

    private void makeRoom(long arriving) {
        Iterator<Long> builders = byBuilder.keySet().iterator();
        while (byBuilder.size() >= capacity && builders.hasNext()) {
            Long builder = builders.next();
            if (builder != arriving) {
                builders.remove();
            }
        }
    }
}
