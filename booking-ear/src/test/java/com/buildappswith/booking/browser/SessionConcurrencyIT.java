package com.buildappswith.booking.browser;

import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One signed-in session used by many requests at once, as a person with two tabs or a page firing parallel ajax
 * calls does, among other people's requests without a sign-in: every request of the session is answered as that
 * person, never with a refusal meant for someone else.
 */
class SessionConcurrencyIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final int REQUESTS = 600;
    private static final int AT_ONCE = 48;
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final HttpClient visitor = HttpClient.newHttpClient();

    @Test
    void concurrentRequestsOfOneSessionAreAllAnsweredAsItsPerson() throws Exception {
        signInThroughTheSignInPage(SignIn.DEMO_CLIENT, SignIn.DEMO_PASSWORD);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);

        Map<Integer, Long> me = statuses(i -> "api/me");
        Map<Integer, Long> noSuchBooking = statuses(i -> "api/bookings/" + (900_000_000 + i));

        assertThat(me).as("GET /api/me with the session cookie").containsOnlyKeys(200);
        assertThat(noSuchBooking).as("GET /api/bookings/{id} of no booking with the session cookie").containsOnlyKeys(404);
    }

    /** Posts the sign-in form as the browser would, leaving the signed-in session's cookie in the cookie jar. */
    private void signInThroughTheSignInPage(String email, String password) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(BASE_URL + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        assertThat(viewState.find()).as("the sign-in page's view state").isTrue();
        String form = Map.of("login", "login", "login:next", "/", "login:email", email, "login:password", password,
                        "login:sign-in", "", "jakarta.faces.ViewState", viewState.group(1))
                .entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(BASE_URL + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as("signing in answers with a redirect").isEqualTo(302);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * {@link #REQUESTS} requests with the session's cookie only, each beside an anonymous request for the
     * directory, {@link #AT_ONCE} at a time: the session's statuses, counted.
     */
    private Map<Integer, Long> statuses(Function<Integer, String> path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Integer>> session = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String own = path.apply(i);
                session.add(pool.submit(() -> status(browser, own)));
                pool.submit(() -> status(visitor, "api/builders"));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : session) {
                answered.add(status.get());
            }
            return answered.stream().collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static int status(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
