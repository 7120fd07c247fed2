package com.buildappswith.booking.jobs.model;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobScheduleTest {

    private static JobSchedule with(Map<String, String> environment) {
        return new JobSchedule(new Settings(environment, new Properties()));
    }

    @Test
    void withoutSettingsTheJobsRunAtTheirDefaultsAndRemindAFullDayAndAnHourAhead() {
        JobSchedule schedule = with(Map.of());

        assertThat(schedule.every(JobName.REMINDERS)).contains(Duration.ofMinutes(5));
        assertThat(schedule.every(JobName.DEADLINES)).contains(Duration.ofMinutes(1));
        assertThat(schedule.every(JobName.OUTBOX)).contains(Duration.ofSeconds(30));
        assertThat(schedule.remindersBefore()).isEqualTo(new ReminderOffsets(Optional.of(Duration.ofHours(24)),
                Duration.ofHours(1)));
        assertThat(schedule.completeAfter()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void durationsAreReadAsOperatorsWriteThemAndZeroOrOffTurnsAJobOffOnThisNode() {
        JobSchedule schedule = with(Map.of("BOOKING_JOB_REMINDERS_EVERY", "1h30m",
                "BOOKING_JOB_DEADLINES_EVERY", "off", "BOOKING_JOB_OUTBOX_EVERY", "0",
                "BOOKING_REMINDERS_BEFORE", "2h, 3d", "BOOKING_COMPLETE_AFTER", "90s"));

        assertThat(schedule.every(JobName.REMINDERS)).contains(Duration.ofMinutes(90));
        assertThat(schedule.every(JobName.DEADLINES)).isEmpty();
        assertThat(schedule.every(JobName.OUTBOX)).isEmpty();
        assertThat(schedule.remindersBefore()).isEqualTo(new ReminderOffsets(Optional.of(Duration.ofDays(3)),
                Duration.ofHours(2)));
        assertThat(schedule.completeAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void oneReminderOffsetIsTheLateReminderAlone() {
        assertThat(with(Map.of("BOOKING_REMINDERS_BEFORE", "6h")).remindersBefore())
                .isEqualTo(new ReminderOffsets(Optional.empty(), Duration.ofHours(6)));
    }

    @Test
    void whatIsNoDurationIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> with(Map.of("BOOKING_JOB_OUTBOX_EVERY", "5 minutes")).every(JobName.OUTBOX))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("BOOKING_JOB_OUTBOX_EVERY").hasMessageContaining("'5 minutes'");
        assertThatThrownBy(() -> with(Map.of("BOOKING_COMPLETE_AFTER", "30m2h")).completeAfter())
                .isInstanceOf(InvalidSettingException.class);
        assertThatThrownBy(() -> with(Map.of("BOOKING_REMINDERS_BEFORE", "1h,1h")).remindersBefore())
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("must differ");
        assertThatThrownBy(() -> with(Map.of("BOOKING_REMINDERS_BEFORE", "24h,1h,5m")).remindersBefore())
                .isInstanceOf(InvalidSettingException.class);
        assertThatThrownBy(() -> with(Map.of("BOOKING_REMINDERS_BEFORE", "0s")).remindersBefore())
                .isInstanceOf(InvalidSettingException.class);
    }
}
