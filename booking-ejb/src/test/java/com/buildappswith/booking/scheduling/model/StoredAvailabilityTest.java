package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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

    private static LocalRange hours(int start, int end) {
        return new LocalRange(LocalTime.of(start, 0), LocalTime.of(end, 0));
    }
}
