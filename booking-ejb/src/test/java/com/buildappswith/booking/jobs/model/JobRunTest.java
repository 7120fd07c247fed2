package com.buildappswith.booking.jobs.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run's life: RUNNING, then COMPLETED, FAILED or ABANDONED once; the failed and abandoned ones restartable. */
class JobRunTest {

    private static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    private static JobRun running() {
        return new JobRun(JobName.REMINDERS, "node-a", JobRun.SCHEDULE, Optional.empty(), START);
    }

    @Test
    void progressMovesTheHeartbeatAndKeepsTheLastPositionGiven() {
        JobRun run = running();
        run.progressed(100, 90, 10, Optional.of(new BookingPosition(START, 7).toString()), START.plusSeconds(5));
        run.progressed(150, 130, 20, Optional.empty(), START.plusSeconds(9));

        assertThat(run.heartbeatAt()).isEqualTo(START.plusSeconds(9));
        assertThat(run.checkpoint()).contains(START + "#7");
        assertThat(run.readCount()).isEqualTo(150);
        assertThat(run.writtenCount()).isEqualTo(130);
        assertThat(run.skippedCount()).isEqualTo(20);
    }

    @Test
    void aRunEndsOnceAndOnlyAFailedOrAbandonedOneCanBeRestarted() {
        JobRun completed = running();
        completed.ended(JobRunStatus.COMPLETED, "COMPLETED", START.plusSeconds(1));
        JobRun failed = running();
        failed.ended(JobRunStatus.FAILED, "step remind failed: boom", START.plusSeconds(1));
        JobRun abandoned = running();
        abandoned.abandoned(START.plus(Duration.ofMinutes(3)));

        assertThat(completed.isRestartable()).isFalse();
        assertThat(failed.isRestartable()).isTrue();
        assertThat(abandoned.isRestartable()).isTrue();
        assertThat(abandoned.exitStatus().orElseThrow()).contains("stopped while it ran");
        assertThatThrownBy(() -> completed.abandoned(START.plusSeconds(5))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.ended(JobRunStatus.COMPLETED, "", START)).isInstanceOf(
                IllegalStateException.class);
        assertThatThrownBy(() -> running().ended(JobRunStatus.ABANDONED, "", START)).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void aRestartStartsFromThePositionTheRunItResumesHadReached() {
        JobRun failed = running();
        failed.progressed(500, 500, 0, Optional.of(new BookingPosition(START.plusSeconds(60), 42).toString()),
                START.plusSeconds(2));
        failed.ended(JobRunStatus.FAILED, "database went away", START.plusSeconds(3));

        JobRun restart = new JobRun(JobName.REMINDERS, "node-b", "admin@example.com", Optional.of(failed),
                START.plusSeconds(10));

        assertThat(restart.checkpoint().map(BookingPosition::parse))
                .contains(new BookingPosition(START.plusSeconds(60), 42));
        assertThat(restart.status()).isEqualTo(JobRunStatus.RUNNING);
    }

    @Test
    void aPositionIsWrittenAndReadBackAsTheSame() {
        BookingPosition position = new BookingPosition(Instant.parse("2026-12-24T17:30:00.123Z"), 9_000_000_001L);

        assertThat(BookingPosition.parse(position.toString())).isEqualTo(position);
        assertThatThrownBy(() -> BookingPosition.parse("yesterday#1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BookingPosition.parse("2026-12-24T17:30:00Z")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
