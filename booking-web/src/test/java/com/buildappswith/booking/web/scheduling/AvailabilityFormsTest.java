package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.scheduling.model.DateOverride;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvailabilityFormsTest {

    private static final LocalRange EVENING = new LocalRange(LocalTime.of(20, 0), LocalTime.MIDNIGHT);

    @Test
    void weeklyHoursMayEndAt24() {
        AvailabilityForms.Weekly form = new AvailabilityForms.Weekly();
        form.setDay(DayOfWeek.FRIDAY);
        form.setStart("20:00");
        form.setEnd("24:00");
        form.setValidFrom("2026-12-18");
        form.setValidUntil("2026-12-18");

        assertThat(form.range()).isEqualTo(new WeeklyRange(DayOfWeek.FRIDAY, EVENING, LocalDate.of(2026, 12, 18),
                LocalDate.of(2026, 12, 18)));
    }

    @Test
    void aDatesHoursMayEndAt24AndAClosedDateHasNone() {
        AvailabilityForms.DateHours form = new AvailabilityForms.DateHours();
        form.setDate("2026-12-18");
        form.setStart("20:00");
        form.setEnd("24:00");

        assertThat(form.override()).isEqualTo(new DateOverride(LocalDate.of(2026, 12, 18), List.of(EVENING)));

        form.setClosed(true);
        assertThat(form.override()).isEqualTo(DateOverride.closed(LocalDate.of(2026, 12, 18)));
    }

    @Test
    void theFieldsCheckTimesAsTheModelReadsThem() throws NoSuchFieldException {
        String start = AvailabilityForms.Weekly.class.getDeclaredField("start").getAnnotation(Pattern.class).regexp();
        String end = AvailabilityForms.Weekly.class.getDeclaredField("end").getAnnotation(Pattern.class).regexp();

        assertThat(List.of("00:00", "09:30", "23:59")).allMatch(text -> text.matches(start) && text.matches(end));
        assertThat("24:00").matches(end).doesNotMatch(start);
        assertThat(List.of("24:01", "25:00", "9:30", "09:60"))
                .noneMatch(text -> text.matches(start) || text.matches(end));
    }

    @Test
    void hoursThatEndBeforeTheyStartAreRefusedInTheModelsWords() {
        AvailabilityForms.DateHours form = new AvailabilityForms.DateHours();
        form.setDate("2026-12-18");
        form.setStart("17:00");
        form.setEnd("09:00");

        assertThatThrownBy(form::override).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A range must start before it ends: 17:00-09:00.");
    }
}
