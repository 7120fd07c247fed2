package com.buildappswith.booking.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.UUID;

/**
 * The realistic mix of issue 15 (point 4), an open workload (new visitors arrive at fixed rates whatever the server's
 * speed, as on a public site):
 * <ul>
 *   <li>visitors browse: the directory page, a page of the builders API, a builder's page, a week and a month of
 *       slots (the booking page's two views);</li>
 *   <li>clients sign in (HTTP Basic once on {@code GET /api/me}, then the session cookie and {@code X-CSRF-Token},
 *       as a browser would), list a week, book a free slot, read the booking and their bookings, and cancel half of
 *       them;</li>
 *   <li>clients book a paid slot in test mode (the server runs without Stripe keys): the booking is held, the test
 *       checkout page is opened and paid (the Faces form with its view state), and a third are cancelled after;</li>
 *   <li>newcomers register ({@code POST /api/accounts}) and sign in;</li>
 *   <li>and beside them, at its own rate, {@code GET /api/health}: the trivial endpoint the other figures are read
 *       against, in the same seconds on the same server.</li>
 * </ul>
 * A 409 on a booking (someone took the slot first) is an answer the product gives, not an error; anything else off the
 * expected status counts as an error in the report. Rates (users per second) and the duration are system properties.
 */
public class BookingMixSimulation extends Simulation {

    private static final double BROWSE_RATE = Double.parseDouble(System.getProperty("browseRate", "1"));
    private static final double FREE_RATE = Double.parseDouble(System.getProperty("freeRate", "0.4"));
    private static final double PAID_RATE = Double.parseDouble(System.getProperty("paidRate", "0.2"));
    private static final double REGISTER_RATE = Double.parseDouble(System.getProperty("registerRate", "0.05"));
    private static final double HEALTH_RATE = Double.parseDouble(System.getProperty("healthRate", "5"));

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadFixture.BASE_URL)
            .acceptHeader("application/json")
            .userAgentHeader("booking-load-test (Gatling)")
            .disableCaching();

    private static final ChainBuilder WEEK_OF_SLOTS = exec(http("slots week")
            .get("/api/builders/#{builder}/slots?sessionType=#{freeType}&from=#{weekFrom}&to=#{weekTo}&tz=#{tz}")
            .check(status().is(200), jsonPath("$[*].start").findRandom().optional().saveAs("start")));

    private static final ChainBuilder BROWSE = exec(
            http("directory page").get("/").header("Accept", "text/html").check(status().is(200)),
            http("builders API").get("/api/builders?offset=#{page}&limit=20").check(status().is(200)),
            http("builder page").get("/builders/#{builder}").header("Accept", "text/html").check(status().is(200)),
            http("slots month")
                    .get("/api/builders/#{builder}/slots?sessionType=#{freeType}&from=#{monthFrom}&to=#{monthTo}&tz=#{tz}")
                    .check(status().is(200)))
            .exec(WEEK_OF_SLOTS);

    private static final ChainBuilder SIGN_IN = exec(http("sign in").get("/api/me")
            .basicAuth("#{email}", "#{password}")
            .check(status().is(200), jsonPath("$.csrfToken").saveAs("csrf")))
            // A client whose sign-in failed (counted as an error) leaves instead of failing every request after.
            .exitHereIfFailed();

    private static final ChainBuilder CANCEL = exec(http("cancel").post("/api/bookings/#{bookingId}/cancel")
            .header("X-CSRF-Token", "#{csrf}").header("Content-Type", "application/json")
            .body(StringBody("{\"reason\":\"Plans changed (load test)\"}"))
            .check(status().is(200)));

    private static final ChainBuilder BOOK_FREE = exec(SIGN_IN)
            .exec(WEEK_OF_SLOTS)
            .doIf(session -> session.contains("start")).then(
                    exec(http("book free").post("/api/bookings")
                            .header("X-CSRF-Token", "#{csrf}").header("Content-Type", "application/json")
                            .body(StringBody("{\"sessionTypeId\":#{freeType},\"start\":\"#{start}\",\"timezone\":\"#{tz}\","
                                    + "\"purpose\":\"Load test\"}"))
                            .check(status().in(201, 409), jsonPath("$.id").optional().saveAs("bookingId")))
                    .doIf(session -> session.contains("bookingId")).then(
                            exec(http("booking").get("/api/bookings/#{bookingId}").check(status().is(200)),
                                    http("my bookings").get("/api/me/bookings?page=1&size=20").check(status().is(200)))
                            .randomSwitch().on(percent(50).then(CANCEL))));

    private static final ChainBuilder BOOK_PAID = exec(SIGN_IN)
            .exec(http("slots week (paid)")
                    .get("/api/builders/#{builder}/slots?sessionType=#{paidType}&from=#{weekFrom}&to=#{weekTo}&tz=#{tz}")
                    .check(status().is(200), jsonPath("$[*].start").findRandom().optional().saveAs("start")))
            .doIf(session -> session.contains("start")).then(
                    exec(http("book paid").post("/api/bookings")
                            .header("X-CSRF-Token", "#{csrf}").header("Content-Type", "application/json")
                            .body(StringBody("{\"sessionTypeId\":#{paidType},\"start\":\"#{start}\",\"timezone\":\"#{tz}\","
                                    + "\"purpose\":\"Load test\"}"))
                            .check(status().in(201, 409), jsonPath("$.id").optional().saveAs("bookingId"),
                                    regex("test-checkout\\?session=([A-Za-z0-9_]+)").optional().saveAs("checkoutSession")))
                    .doIf(session -> session.contains("checkoutSession")).then(
                            exec(http("checkout page").get("/payments/test-checkout?session=#{checkoutSession}")
                                            .header("Accept", "text/html")
                                            .check(status().is(200),
                                                    css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")),
                                    http("pay").post("/payments/test-checkout.xhtml")
                                            .header("Accept", "text/html")
                                            .formParam("checkout", "checkout")
                                            .formParam("checkout:pay", "")
                                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                                            .disableFollowRedirect()
                                            .check(status().is(302), header("Location").find().exists()),
                                    http("booking").get("/api/bookings/#{bookingId}")
                                            .check(status().is(200), jsonPath("$.payment.status").is("PAID")))
                            .randomSwitch().on(percent(33).then(CANCEL))));

    private static final ChainBuilder REGISTER = exec(session -> session
            .set("email", "load-new-" + UUID.randomUUID() + "@bench.invalid")
            .set("password", LoadFixture.PASSWORD))
            .exec(http("register").post("/api/accounts").header("Content-Type", "application/json")
                    .body(StringBody("{\"email\":\"#{email}\",\"displayName\":\"Load newcomer\",\"password\":\"#{password}\","
                            + "\"timezone\":\"#{tz}\"}"))
                    .check(status().is(201)))
            .exitHereIfFailed()
            .exec(SIGN_IN);

    private final ScenarioBuilder browse = scenario("browse").feed(LoadFixture.builders()).exec(BROWSE);
    private final ScenarioBuilder bookFree = scenario("book free and cancel")
            .feed(LoadFixture.builders()).feed(LoadFixture.clients())
            .exec(http("builders API").get("/api/builders?offset=#{page}&limit=20").check(status().is(200)))
            .exec(BOOK_FREE);
    private final ScenarioBuilder bookPaid = scenario("book paid (test mode) and cancel")
            .feed(LoadFixture.builders()).feed(LoadFixture.clients()).exec(BOOK_PAID);
    private final ScenarioBuilder register = scenario("register and sign in")
            .feed(LoadFixture.builders()).exec(REGISTER);
    private final ScenarioBuilder health = scenario("health reference")
            .exec(http("health").get("/api/health").check(status().is(200)));

    {
        Duration during = Duration.ofSeconds(LoadFixture.SECONDS);
        setUp(browse.injectOpen(constantUsersPerSec(BROWSE_RATE).during(during).randomized()),
                bookFree.injectOpen(constantUsersPerSec(FREE_RATE).during(during).randomized()),
                bookPaid.injectOpen(constantUsersPerSec(PAID_RATE).during(during).randomized()),
                register.injectOpen(constantUsersPerSec(REGISTER_RATE).during(during).randomized()),
                health.injectOpen(constantUsersPerSec(HEALTH_RATE).during(during)))
                .protocols(protocol);
    }
}
