package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityCacheTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void theSameVersionIsReadFromTheDatabaseOnce() {
        AvailabilityCache cache = new AvailabilityCache();
        Availability first = cache.availability(1, 7, counted(hours(9)));

        Availability again = cache.availability(1, 7, counted(hours(10)));

        assertThat(again).isSameAs(first);
        assertThat(loads).hasValue(1);
    }

    @Test
    void aNewVersionIsReadAgain() {
        AvailabilityCache cache = new AvailabilityCache();
        cache.availability(1, 7, counted(hours(9)));

        Availability changed = cache.availability(1, 8, counted(hours(10)));

        assertThat(changed.weekly()).extracting(range -> range.hours().start()).containsExactly(LocalTime.of(10, 0));
        assertThat(cache.availability(1, 8, counted(hours(11)))).isSameAs(changed);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aSlowReaderOfAnOlderVersionDoesNotReplaceANewerOne() {
        AvailabilityCache cache = new AvailabilityCache();
        Availability newer = cache.availability(1, 8, counted(hours(10)));

        Availability older = cache.availability(1, 7, counted(hours(9)));

        assertThat(older.weekly()).extracting(range -> range.hours().start()).containsExactly(LocalTime.of(9, 0));
        assertThat(cache.availability(1, 8, counted(hours(11)))).isSameAs(newer);
    }

    @Test
    void buildersAreKeptApartAndTheirNumberIsBounded() {
        AvailabilityCache cache = new AvailabilityCache(2);
        Availability first = cache.availability(1, 1, counted(hours(9)));
        Availability second = cache.availability(2, 1, counted(hours(10)));
        assertThat(first).isNotSameAs(second);

        cache.availability(3, 1, counted(hours(11)));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.availability(3, 1, counted(hours(12))).weekly()).extracting(range -> range.hours().start())
                .containsExactly(LocalTime.of(11, 0));
    }

    private Supplier<Availability> counted(Supplier<Availability> load) {
        return () -> {
            loads.incrementAndGet();
            return load.get();
        };
    }

    private static Supplier<Availability> hours(int startHour) {
        return () -> new Availability(ZONE,
                List.of(new WeeklyRange(DayOfWeek.MONDAY, LocalTime.of(startHour, 0), LocalTime.of(startHour + 1, 0))),
                List.of(), List.of());
    }
}
