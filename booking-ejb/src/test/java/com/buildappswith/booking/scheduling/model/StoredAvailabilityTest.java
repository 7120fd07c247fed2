package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StoredAvailabilityTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.parse("2026-06-15");

    private final BuilderProfile builder = new BuilderProfile(
            new Account("ada@example.com", "Ada", NEW_YORK, Instant.EPOCH), "Headline", "Bio", List.of(), NEW_YORK);

    @Test
    void theSlotEngineSeesTheStoredWeeklyHoursInTheBuildersZone() {
        StoredAvailability stored = new StoredAvailability(NEW_YORK, List.of(
                new StoredWeeklyRange(7L, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null)),
                List.of());

        Availability availability = stored.availability();

        assertThat(availability.zone()).isEqualTo(NEW_YORK);
        assertThat(availability.hoursOn(MONDAY)).containsExactly(hours(9, 12));
        assertThat(stored.weekly()).extracting(StoredWeeklyRange::id).containsExactly(7L);
    }

    @Test
    void overridesOfOneDateAddUpAndAClosedDateHasNoHours() {
        StoredAvailability stored = new StoredAvailability(NEW_YORK, List.of(
                new StoredWeeklyRange(7L, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null)),
                List.of(AvailabilityException.override(builder, MONDAY, Optional.of(hours(18, 19))),
                        AvailabilityException.override(builder, MONDAY, Optional.of(hours(7, 8))),
                        AvailabilityException.override(builder, MONDAY.plusWeeks(1), Optional.empty())));

        Availability availability = stored.availability();

        assertThat(availability.hoursOn(MONDAY)).containsExactly(hours(7, 8), hours(18, 19));
        assertThat(availability.hoursOn(MONDAY.plusWeeks(1))).isEmpty();
        assertThat(availability.hoursOn(MONDAY.plusWeeks(2))).containsExactly(hours(9, 12));
    }

    @Test
    void keepsTimeOffApartFromDateOverrides() {
        TimeOff tuesday = TimeOff.wholeDays(MONDAY.plusDays(1), MONDAY.plusDays(1), NEW_YORK);
        AvailabilityException off = AvailabilityException.timeOff(builder, tuesday, "Dentist");
        AvailabilityException closed = AvailabilityException.override(builder, MONDAY, Optional.empty());

        StoredAvailability stored = new StoredAvailability(NEW_YORK, List.of(), List.of(off, closed));

        assertThat(stored.timeOff()).containsExactly(off);
        assertThat(stored.overrides()).containsExactly(closed);
        assertThat(stored.availability().timeOff()).containsExactly(tuesday);
    }

    @Test
    void closingADateThatHasHoursReplacesThemAndLeavesOtherDatesAndTimeOff() {
        AvailabilityException evening = AvailabilityException.override(builder, MONDAY, Optional.of(hours(18, 19)));
        AvailabilityException morning = AvailabilityException.override(builder, MONDAY, Optional.of(hours(7, 8)));
        AvailabilityException nextWeek = AvailabilityException.override(builder, MONDAY.plusWeeks(1),
                Optional.of(hours(10, 11)));
        AvailabilityException off = AvailabilityException.timeOff(builder,
                TimeOff.wholeDays(MONDAY, MONDAY, NEW_YORK), "Dentist");
        StoredAvailability stored = new StoredAvailability(NEW_YORK, List.of(),
                List.of(evening, morning, nextWeek, off));

        DateOverrideChange change = stored.override(builder, DateOverride.closed(MONDAY));

        assertThat(change.replaced()).containsExactlyInAnyOrder(evening, morning);
        assertThat(change.added()).singleElement().satisfies(closed -> {
            assertThat(closed.overrideDate()).isEqualTo(MONDAY);
            assertThat(closed.hours()).isEmpty();
        });
        Availability after = applied(stored, change).availability();
        assertThat(after.hoursOn(MONDAY)).isEmpty();
        assertThat(after.hoursOn(MONDAY.plusWeeks(1))).containsExactly(hours(10, 11));
        assertThat(after.timeOff()).containsExactly(off.timeOff());
    }

    @Test
    void newHoursForADateReplaceWhatItHadBefore() {
        LocalRange toMidnight = new LocalRange(LocalTime.of(20, 0), LocalTime.MIDNIGHT);
        StoredAvailability stored = new StoredAvailability(NEW_YORK, List.of(
                new StoredWeeklyRange(7L, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null)),
                List.of(AvailabilityException.override(builder, MONDAY, Optional.empty()),
                        AvailabilityException.override(builder, MONDAY, Optional.of(hours(7, 8)))));

        DateOverrideChange change = stored.override(builder,
                new DateOverride(MONDAY, List.of(hours(14, 16), toMidnight)));

        assertThat(change.replaced()).hasSize(2);
        assertThat(change.added()).extracting(AvailabilityException::hours).containsExactly(
                Optional.of(hours(14, 16)), Optional.of(toMidnight));
        assertThat(applied(stored, change).availability().hoursOn(MONDAY)).containsExactly(hours(14, 16), toMidnight);
    }

    /** The availability as the builder's rows read once the change is stored. */
    private static StoredAvailability applied(StoredAvailability stored, DateOverrideChange change) {
        List<AvailabilityException> rows = new ArrayList<>(stored.exceptions());
        rows.removeAll(change.replaced());
        rows.addAll(change.added());
        return new StoredAvailability(stored.zone(), stored.weekly(), rows);
    }

    private static LocalRange hours(int start, int end) {
        return new LocalRange(LocalTime.of(start, 0), LocalTime.of(end, 0));
    }
}
