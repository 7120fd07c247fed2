import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/node-kill.sh, through the balancer: each client (a thread with its own cookies, so the balancer
 * keeps it on one node) signs in once and then, until the time is up, reads a builder's slots, books a free slot, or
 * books a paid one and pays for it on the test-mode checkout (a Faces page, which needs its node's view state). A
 * client whose session is gone (401: its node died) signs in again. Every request is one line of the CSV the script
 * reads: start and end (epoch ms), client, kind, HTTP status (0: no answer), the node the balancer named, the booking
 * id, the detail of a failure. JDK only, so it runs as a single source file: java bench/NodeKillLoad.java ...
 *
 * <p>Arguments: base URL, first builder id, builders, clients (nodekill-N@bench.invalid, 1..N), password, seconds,
 * output CSV. Builder B offers the free type B and the paid type B + 10000.
 */
public final class NodeKillLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CHECKOUT = Pattern.compile("\"checkoutUrl\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"checkout\"[^>]*action=\"([^\"]+)\"");

    private final URI base;
    private final long firstBuilder;
    private final int builders;
    private final String password;
    private final long until;
    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

    private NodeKillLoad(URI base, long firstBuilder, int builders, String password, long until) {
        this.base = base;
        this.firstBuilder = firstBuilder;
        this.builders = builders;
        this.password = password;
        this.until = until;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        long firstBuilder = Long.parseLong(args[1]);
        int builders = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        long until = System.currentTimeMillis() + Long.parseLong(args[5]) * 1000;
        NodeKillLoad load = new NodeKillLoad(base, firstBuilder, builders, args[4], until);
        List<Thread> threads = new ArrayList<>();
        for (int c = 1; c <= clients; c++) {
            Thread thread = new Thread(load.new Client(c)::run, "client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[6])))) {
            out.println("started_ms,ended_ms,client,kind,status,node,booking_id,detail");
            load.lines.forEach(out::println);
        }
    }

    private final class Client {
        private final int number;
        private final String email;
        private final Random random;
        private final HttpClient http;
        private String csrf;

        Client(int number) {
            this.number = number;
            this.email = "nodekill-" + number + "@bench.invalid";
            this.random = new Random(number);
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        void run() {
            while (System.currentTimeMillis() < until) {
                try {
                    if (csrf == null) {
                        signIn();
                        continue;
                    }
                    int choice = random.nextInt(10);
                    if (choice < 4) {
                        readSlots();
                    } else if (choice < 8) {
                        book(false);
                    } else {
                        book(true);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /** HTTP Basic once on GET /api/me; the session cookie and its CSRF token serve every later request. */
        private void signIn() throws InterruptedException {
            String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
            Answer me = send("sign-in", HttpRequest.newBuilder(base.resolve("api/me"))
                    .header("Authorization", "Basic " + basic).GET(), null);
            Matcher token = CSRF.matcher(me.body);
            if (me.status == 200 && token.find()) {
                csrf = token.group(1);
            } else {
                pause();
            }
        }

        /** A week of a random builder's free slots. */
        private void readSlots() throws InterruptedException {
            long builder = firstBuilder + random.nextInt(builders);
            LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(1 + random.nextInt(20));
            send("slots", HttpRequest.newBuilder(base.resolve("api/builders/" + builder + "/slots?sessionType="
                    + builder + "&from=" + from + "&to=" + from.plusDays(6) + "&tz=UTC")).GET(), null);
        }

        /** A free or paid slot of a random builder, at a random start: contention is the point. */
        private void book(boolean paid) throws InterruptedException {
            long builder = firstBuilder + random.nextInt(builders);
            long type = paid ? builder + 10000 : builder;
            LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(1 + random.nextInt(20));
            String start = day + "T" + String.format("%02d:%02d:00Z", 6 + random.nextInt(16), random.nextBoolean() ? 0 : 30);
            String body = "{\"sessionTypeId\":" + type + ",\"start\":\"" + start
                    + "\",\"timezone\":\"UTC\",\"purpose\":\"node kill load\"}";
            Answer booked = send(paid ? "book-paid" : "book-free", HttpRequest.newBuilder(base.resolve("api/bookings"))
                    .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(body)), null);
            if (booked.status != 201 || !paid) {
                return;
            }
            Matcher checkout = CHECKOUT.matcher(booked.body);
            Matcher id = ID.matcher(booked.body);
            if (checkout.find() && id.find()) {
                pay(URI.create(checkout.group(1)), id.group(1));
            }
        }

        /** Opens the test checkout and presses Pay, as a browser would: a Faces form posted back to its node. */
        private void pay(URI checkout, String bookingId) throws InterruptedException {
            URI page = base.resolve(checkout.getRawPath() + (checkout.getRawQuery() == null ? "" : "?" + checkout.getRawQuery()));
            Answer form = send("checkout-page", HttpRequest.newBuilder(page).GET(), bookingId);
            Matcher viewState = VIEW_STATE.matcher(form.body);
            Matcher action = FORM_ACTION.matcher(form.body);
            if (form.status != 200 || !viewState.find() || !action.find()) {
                return;
            }
            String fields = "checkout=checkout&checkout%3Apay=&jakarta.faces.ViewState="
                    + URLEncoder.encode(viewState.group(1).replace("&#58;", ":"), StandardCharsets.UTF_8);
            send("pay", HttpRequest.newBuilder(base.resolve(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(fields)), bookingId);
        }

        private Answer send(String kind, HttpRequest.Builder request, String bookingId) throws InterruptedException {
            long started = System.currentTimeMillis();
            int status = 0;
            String node = "";
            String body = "";
            String detail = "";
            try {
                HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                node = response.headers().firstValue("X-Booking-Node").orElse("");
                body = response.body();
                if (status >= 300 && status != 302 && status != 303) {
                    detail = body.length() > 120 ? body.substring(0, 120) : body;
                }
            } catch (IOException e) {
                detail = e.toString();
            }
            long ended = System.currentTimeMillis();
            // A session its node no longer knows (the node died): signed out, or refused for its stale CSRF token.
            if ((status == 401 || status == 403) && !kind.equals("sign-in")) {
                csrf = null;
            }
            String booking = bookingId;
            if (booking == null && status == 201) {
                Matcher id = ID.matcher(body);
                booking = id.find() ? id.group(1) : "";
            }
            lines.add(started + "," + ended + "," + number + "," + kind + "," + status + "," + node + ","
                    + (booking == null ? "" : booking) + ",\"" + detail.replace("\"", "'").replaceAll("[\r\n,]", " ") + "\"");
            if (status == 0 || status >= 500) {
                pause();
            }
            return new Answer(status, body);
        }

        private void pause() throws InterruptedException {
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private record Answer(int status, String body) {
    }
}
