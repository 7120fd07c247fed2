package com.buildappswith.booking.scheduling.bench;

import com.buildappswith.booking.scheduling.model.Availability;
import com.buildappswith.booking.scheduling.model.BusyInterval;
import com.buildappswith.booking.scheduling.model.DateOverride;
import com.buildappswith.booking.scheduling.model.LocalRange;
import com.buildappswith.booking.scheduling.model.Slot;
import com.buildappswith.booking.scheduling.model.SlotFinder;
import com.buildappswith.booking.scheduling.model.SlotRules;
import com.buildappswith.booking.scheduling.model.TimeOff;
import com.buildappswith.booking.scheduling.model.WeeklyRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One free-slot search over a busy builder's next 60 days: three ranges of hours a day, 20 exceptions (date
 * overrides and time off) and 500 existing bookings, across New York's spring daylight-saving change. Building
 * the {@link Availability} is measured too, because every search builds one.
 *
 * <p>Run with {@code mvn -pl booking-ejb -Pbench test-compile exec:exec} (JMH options in the profile's
 * {@code bench.args}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SlotFinderBenchmark {

    private static final ZoneId BUILDER_ZONE = ZoneId.of("America/New_York");
    private static final ZoneId VIEWER_ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-02-16");
    private static final int DAYS = 60;
    private static final List<LocalRange> DAILY_HOURS = List.of(hours("08:00", "11:00"), hours("12:00", "15:00"),
            hours("16:00", "19:00"));

    private final SlotFinder finder = new SlotFinder(Clock.fixed(Instant.parse("2026-02-15T12:00:00Z"),
            ZoneOffset.UTC));
    private final SlotRules rules = new SlotRules(Duration.ofMinutes(60), Duration.ofMinutes(10),
            Duration.ofMinutes(10), Duration.ofHours(2), Duration.ofDays(90), Duration.ofMinutes(30), 1,
            OptionalInt.of(8));
    private List<WeeklyRange> weekly;
    private List<DateOverride> overrides;
    private List<TimeOff> timeOff;
    private List<BusyInterval> busy;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        weekly = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            DAILY_HOURS.forEach(hours -> weekly.add(new WeeklyRange(day, hours, null, null)));
        }
        overrides = new ArrayList<>();
        timeOff = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
            overrides.add(i % 3 == 0 ? DateOverride.closed(date)
                    : new DateOverride(date, List.of(hours("10:00", "13:00"), hours("14:00", "16:30"))));
            Instant start = FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(9 + random.nextInt(8), 0)
                    .atZone(BUILDER_ZONE).toInstant();
            timeOff.add(new TimeOff(start, start.plus(Duration.ofHours(1 + random.nextInt(4)))));
        }
        busy = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            LocalRange hours = DAILY_HOURS.get(random.nextInt(DAILY_HOURS.size()));
            LocalTime start = hours.start().plusMinutes(30L * random.nextInt(5));
            Instant at = FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(start).atZone(BUILDER_ZONE).toInstant();
            busy.add(new BusyInterval(at, at.plus(Duration.ofMinutes(60)), Duration.ofMinutes(10),
                    Duration.ofMinutes(10), random.nextInt(10) < 7));
        }
    }

    @Benchmark
    public List<Slot> freeSlotsForSixtyDays() {
        Availability availability = new Availability(BUILDER_ZONE, weekly, overrides, timeOff);
        return finder.freeSlots(rules, availability, busy, FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), VIEWER_ZONE);
    }

    private static LocalRange hours(String start, String end) {
        return new LocalRange(LocalTime.parse(start), LocalTime.parse(end));
    }
}
