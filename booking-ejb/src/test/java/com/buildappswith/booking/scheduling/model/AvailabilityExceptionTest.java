package com.buildappswith.booking.scheduling.model;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.BuilderProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvailabilityExceptionTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final TimeOff ONE_DAY = TimeOff.wholeDays(LocalDate.parse("2026-06-15"),
            LocalDate.parse("2026-06-15"), ZONE);

    private final BuilderProfile builder = new BuilderProfile(
            new Account("ada@example.com", "Ada", ZONE, Instant.EPOCH), "Headline", "Bio", List.of(), ZONE);

    @Test
    void timeOffKeepsItsNoteStrippedAndABlankNoteIsNone() {
        assertThat(AvailabilityException.timeOff(builder, ONE_DAY, "  Dentist ").note()).contains("Dentist");
        assertThat(AvailabilityException.timeOff(builder, ONE_DAY, "   ").note()).isEmpty();
        assertThat(AvailabilityException.timeOff(builder, ONE_DAY, null).note()).isEmpty();
    }

    @Test
    void refusesATimeOffNoteLongerThanItsColumn() {
        assertThatThrownBy(() -> AvailabilityException.timeOff(builder, ONE_DAY,
                "x".repeat(AvailabilityException.MAX_NOTE + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A note has at most 200 characters.");
    }
}
