package com.buildappswith.booking.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

/**
 * The slot API's latency budget (issue 15, point 5): a month of free slots of one random seeded builder (31 days, in a
 * random viewer zone), end to end over HTTP, as a closed loop of {@code concurrency} clients: each request's answer
 * starts the next, over shared keep-alive connections. A warm-up of {@code warmUpSeconds}
 * (requests named "slots month (warm-up)") comes first, so the JIT compilers and the server's caches have done their
 * work; the budget is read on "slots month" alone (p95 at most 20 ms on one node).
 */
public class SlotBudgetSimulation extends Simulation {

    private static final int CONCURRENCY = Integer.getInteger("concurrency", 1);
    private static final int WARM_UP_SECONDS = Integer.getInteger("warmUpSeconds", 30);

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadFixture.BASE_URL)
            .acceptHeader("application/json")
            .userAgentHeader("booking-load-test (Gatling)")
            .disableCaching()
            // A closed model starts a new virtual user for each request: shared connections keep them alive.
            .shareConnections();

    private static ScenarioBuilder month(String name) {
        return scenario(name).feed(LoadFixture.builders()).exec(http(name)
                .get("/api/builders/#{builder}/slots?sessionType=#{freeType}&from=#{monthFrom}&to=#{monthTo}&tz=#{tz}")
                .check(status().is(200)));
    }

    {
        setUp(month("slots month (warm-up)")
                        .injectClosed(constantConcurrentUsers(CONCURRENCY).during(Duration.ofSeconds(WARM_UP_SECONDS)))
                        .andThen(month("slots month")
                                .injectClosed(constantConcurrentUsers(CONCURRENCY)
                                        .during(Duration.ofSeconds(LoadFixture.SECONDS)))))
                .protocols(protocol);
    }
}
