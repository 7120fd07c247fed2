package com.buildappswith.booking.bench.gatling;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * What the simulations know of the database that bench/seed-load.sql seeded (its ids and the load clients'
 * password), and the settings both read from system properties. The defaults are those bench/load-test.sh seeds with.
 */
final class LoadFixture {

    static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8380");
    static final int BUILDERS = Integer.getInteger("builders", 500);
    static final long FIRST_BUILDER = Long.getLong("builderFirstId", 600000);
    /** The seed gives builder n the free type FIRST_BUILDER + n and the paid one FIRST_BUILDER + 50000 + n. */
    static final long PAID_TYPE_OFFSET = 50000;
    static final int CLIENTS = Integer.getInteger("clients", 5000);
    static final String PASSWORD = System.getProperty("password", "load-test-pass-2026");
    static final int SECONDS = Integer.getInteger("seconds", 120);

    private static final List<String> ZONES = List.of("Europe/London", "America/New_York", "Asia/Kolkata",
            "Europe/Berlin", "America/Los_Angeles", "Australia/Sydney", "Asia/Tokyo", "UTC");

    private LoadFixture() {
    }

    /**
     * One random builder, the viewer's zone, a week starting within the next three weeks and a month starting within
     * the next four: the windows a visitor of a booking page asks for (all inside the seed's 60-day horizon and the
     * API's 62 days).
     */
    static Iterator<Map<String, Object>> builders() {
        return Stream.generate(() -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long builder = FIRST_BUILDER + 1 + random.nextInt(BUILDERS);
            LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
            LocalDate week = tomorrow.plusDays(random.nextInt(21));
            LocalDate month = tomorrow.plusDays(random.nextInt(28));
            return Map.<String, Object>of(
                    "builder", builder,
                    "freeType", builder,
                    "paidType", builder + PAID_TYPE_OFFSET,
                    "tz", ZONES.get(random.nextInt(ZONES.size())),
                    "weekFrom", week.toString(), "weekTo", week.plusDays(6).toString(),
                    "monthFrom", month.toString(), "monthTo", month.plusDays(30).toString(),
                    "page", random.nextInt(Math.max(1, BUILDERS / 20)) * 20);
        }).iterator();
    }

    /** A seeded client (load-client-N@bench.invalid) chosen at random. */
    static Iterator<Map<String, Object>> clients() {
        return Stream.generate(() -> Map.<String, Object>of(
                "email", "load-client-" + (1 + ThreadLocalRandom.current().nextInt(CLIENTS)) + "@bench.invalid",
                "password", PASSWORD)).iterator();
    }
}
