package com.buildappswith.booking.shared.persistence;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalLogTest {

    private long now = TimeUnit.HOURS.toNanos(5);
    private final List<String> lines = new ArrayList<>();
    private final RefusalLog log = new RefusalLog(Duration.ofSeconds(10), () -> now, lines::add);

    private void after(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void theFirstRefusalIsToldAtOnceWithItsReason() {
        log.refused("Cannot connect to db-host: Connection refused");

        assertThat(lines).containsExactly(
                "A request was answered 503, the database being unavailable: Cannot connect to db-host: Connection refused");
    }

    @Test
    void anOutageOfTwentySecondsUnderTrafficTakesAFewLinesNotOnePerRequest() {
        for (int request = 0; request <= 400; request++) {
            log.refused(request < 300 ? "Connection refused" : "FATAL: the database system is starting up");
            after(50);
        }

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo("200 requests were answered 503 in the last 10 s, the database being "
                + "unavailable; the latest reason: Connection refused");
        assertThat(lines.get(2)).endsWith("the latest reason: FATAL: the database system is starting up");
    }

    @Test
    void theRefusalsAfterTheLastLineAreCountedWhenTheDatabaseIsBack() {
        log.refused("Connection refused");
        after(1000);
        log.refused("Connection refused");
        after(1000);
        log.refused("Connection refused");

        log.flush();
        log.flush();

        assertThat(lines).containsExactly(
                "A request was answered 503, the database being unavailable: Connection refused",
                "2 requests were answered 503 in the last 1 s, the database being unavailable; the latest reason: "
                        + "Connection refused");
    }

    @Test
    void aLaterOutageIsToldAtOnceAgain() {
        log.refused("Connection refused");
        log.flush();
        after(60_000);

        log.refused("the database system is shutting down");

        assertThat(lines).hasSize(2).last().asString().endsWith("unavailable: the database system is shutting down");
    }

    @Test
    void nothingRefusedNothingTold() {
        log.flush();

        assertThat(lines).isEmpty();
    }
}
