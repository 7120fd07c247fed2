package com.buildappswith.booking.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load client of the booking-write benchmark ({@code bench/booking-load.sh}); a main class, never run as a test.
 * Every booking is a real {@code POST /api/bookings} against the deployed EAR.
 * <p>
 * Set-up (not measured): finds the benchmark builders through {@code GET /api/builders}, registers the clients
 * through {@code POST /api/accounts}, signs each client in once (HTTP Basic on {@code GET /api/me}, keeping the
 * session cookie and the CSRF token, so that password hashing is not what the run measures), and reads every
 * builder's free slots through the slots API. It warms the freshly started server up with {@code --warm-up}
 * bookings by {@code --warm-up-clients} other clients with the "Warm-up Builder" builders, so that the measured run
 * does not share the CPUs with the JIT compiler. Then it writes {@code --ready-file} and waits for {@code --go-file}
 * (the script starts pgbench in between), and runs {@code --workers} threads until {@code --target} bookings have
 * succeeded or the slots or the clients' limits run out.
 * <p>
 * Contention is deliberate: a worker draws a builder from a Zipf distribution (a few hot builders get most of the
 * attempts) and asks for that builder's <em>earliest</em> slot still believed free, so workers often race for
 * the same slot at the same moment; the loser gets 409 and both forget the slot. A client is used by one worker
 * at a time and never sent over its limits (10 upcoming, 3 per builder), so a 409 here means a lost race.
 * <p>
 * Arguments ({@code --name value}): base-url, builders and warm-up-builders (expected counts), clients,
 * warm-up-clients, warm-up, workers, target, zipf, days, seed, ready-file, go-file, result-file.
 */
public final class BookingLoadRun {

    private static final String PASSWORD = "bench load password 2026";
    private static final String TAKEN = "just been taken";
    private static final int MAX_UPCOMING = 10;
    private static final int MAX_WITH_BUILDER = 3;
    private static final String BENCH_BUILDERS = "Bench Builder";
    private static final String WARM_UP_BUILDERS = "Warm-up Builder";

    private final Map<String, String> options;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final AtomicInteger otherShown = new AtomicInteger();

    private BookingLoadRun(Map<String, String> options) {
        this.options = options;
        String url = options.getOrDefault("base-url", "http://localhost:8480/");
        this.baseUrl = url.endsWith("/") ? url : url + "/";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        new BookingLoadRun(options).run();
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    private void run() throws Exception {
        int workers = option("workers", 8);
        int target = option("target", 2000);
        int clientCount = option("clients", 280);
        double zipf = Double.parseDouble(options.getOrDefault("zipf", "1.0"));
        Random seeds = new Random(Long.parseLong(options.getOrDefault("seed", "20261")));

        int warmUpClientCount = option("warm-up-clients", 80);
        List<Builder> builders = builders(BENCH_BUILDERS, option("builders", 50));
        List<Builder> warmUpBuilders = builders(WARM_UP_BUILDERS, option("warm-up-builders", 10));
        say("found %d benchmark builders and %d warm-up builders", builders.size(), warmUpBuilders.size());
        ExecutorService setUp = Executors.newFixedThreadPool(workers);
        try {
            long t0 = System.nanoTime();
            List<Client> clients = parallel(setUp, clientCount + warmUpClientCount, this::registerAndSignIn);
            List<Client> warmUpClients = clients.subList(clientCount, clients.size());
            clients = clients.subList(0, clientCount);
            say("registered and signed in %d clients and %d warm-up clients in %.1f s (each signs in once; bookings"
                    + " use the session)", clients.size(), warmUpClients.size(), seconds(System.nanoTime() - t0));
            t0 = System.nanoTime();
            List<Builder> all = new ArrayList<>(builders);
            all.addAll(warmUpBuilders);
            parallel(setUp, all.size(), i -> loadFreeSlots(all.get(i)));
            say("read %d free slots of %d builders in %.1f s", all.stream().mapToInt(b -> b.free.size()).sum(),
                    all.size(), seconds(System.nanoTime() - t0));

            // The server has just started: without this its JIT compiler would spend the first part of the
            // measured run compiling the booking path, on the same two CPUs. Separate builders and clients, so
            // the measured run starts from the same slots and limits as without it.
            t0 = System.nanoTime();
            Tally warmUp = runWorkers(warmUpBuilders, warmUpClients, workers, option("warm-up", 600), zipf, seeds);
            say("warm-up: %d bookings (%d conflicts) in %.1f s", warmUp.created.sum(), warmUp.taken.sum(),
                    seconds(System.nanoTime() - t0));

            awaitGo();
            Tally measured = runWorkers(builders, clients, workers, target, zipf, seeds);
            report(builders, clients, workers, target, zipf, measured);
        } finally {
            setUp.shutdownNow();
        }
    }

    private Tally runWorkers(List<Builder> builders, List<Client> clients, int workers, int target, double zipf,
                             Random seeds) throws Exception {
        Tally tally = new Tally();
        BlockingQueue<Client> idle = new LinkedBlockingQueue<>(clients);
        ZipfPicker picker = new ZipfPicker(builders.size(), zipf);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            tally.start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Random random = new Random(seeds.nextLong());
                running.add(pool.submit(() -> work(builders, idle, picker, random, target, tally)));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
            return tally;
        } finally {
            pool.shutdown();
        }
    }

    // ---- the measured part -------------------------------------------------------------------------------------

    private void work(List<Builder> builders, BlockingQueue<Client> idle, ZipfPicker picker, Random random,
                      int target, Tally tally) {
        int misses = 0;
        while (tally.successes.get() < target && misses < 10 * builders.size()) {
            Builder builder = builders.get(picker.next(random));
            Instant slot = builder.earliestFree();
            if (slot == null) {
                misses++;
                continue;
            }
            Client client = clientFor(builder, idle);
            if (client == null) {
                misses++;
                continue;
            }
            misses = 0;
            try {
                book(client, builder, slot, tally);
            } finally {
                if (client.upcoming < MAX_UPCOMING) {
                    idle.add(client);
                }
            }
        }
    }

    /** An idle client still under both limits with this builder, or null; the others go back to the queue. */
    private static Client clientFor(Builder builder, BlockingQueue<Client> idle) {
        int size = idle.size();
        for (int i = 0; i < size; i++) {
            Client client = idle.poll();
            if (client == null) {
                return null;
            }
            if (client.withBuilder.getOrDefault(builder.id, 0) < MAX_WITH_BUILDER) {
                return client;
            }
            idle.add(client);
        }
        return null;
    }

    private void book(Client client, Builder builder, Instant slot, Tally tally) {
        String body = Json.createObjectBuilder()
                .add("sessionTypeId", builder.sessionTypeId)
                .add("start", slot.toString())
                .add("timezone", "Asia/Kolkata")
                .add("purpose", "Load run")
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "api/bookings"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Cookie", client.cookie)
                .header("X-CSRF-Token", client.csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long sent = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            tally.other.increment();
            showOther("I/O error: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long received = System.nanoTime();
        tally.lastResponse.accumulateAndGet(received, Math::max);
        tally.allNanos.add(received - sent);
        switch (response.statusCode()) {
            case 201 -> {
                tally.created.increment();
                tally.successes.incrementAndGet();
                tally.createdNanos.add(received - sent);
                client.upcoming++;
                client.withBuilder.merge(builder.id, 1, Integer::sum);
                builder.booked.incrementAndGet();
                builder.free.remove(slot);
            }
            case 409 -> {
                if (response.body().contains(TAKEN)) {
                    tally.taken.increment();
                    builder.free.remove(slot);
                } else if (response.body().contains("as one client may hold")) {
                    tally.limited.increment();
                    showOther("409 (limit) " + response.body());
                } else {
                    tally.otherConflicts.increment();
                    showOther("409 " + response.body());
                }
            }
            default -> {
                tally.other.increment();
                showOther(response.statusCode() + " " + response.body());
                builder.free.remove(slot);
            }
        }
    }

    private void showOther(String what) {
        if (otherShown.incrementAndGet() <= 5) {
            say("unexpected answer: %s", what);
        }
    }

    private void report(List<Builder> builders, List<Client> clients, int workers, int target, double zipf,
                        Tally tally) throws IOException {
        double wall = seconds(Math.max(tally.lastResponse.get(), tally.start + 1) - tally.start);
        long ok = tally.created.sum();
        long attempts = ok + tally.taken.sum() + tally.limited.sum() + tally.otherConflicts.sum() + tally.other.sum();
        Map<String, String> result = new LinkedHashMap<>();
        result.put("workers", Integer.toString(workers));
        result.put("target", Integer.toString(target));
        result.put("builders", Integer.toString(builders.size()));
        result.put("clients", Integer.toString(clients.size()));
        result.put("zipf", Double.toString(zipf));
        result.put("requests", Long.toString(attempts));
        result.put("created_201", Long.toString(ok));
        result.put("conflict_409_taken", Long.toString(tally.taken.sum()));
        result.put("conflict_409_limit", Long.toString(tally.limited.sum()));
        result.put("conflict_409_other", Long.toString(tally.otherConflicts.sum()));
        result.put("other", Long.toString(tally.other.sum()));
        result.put("wall_seconds", String.format("%.3f", wall));
        result.put("bookings_per_second", String.format("%.1f", ok / wall));
        result.put("requests_per_second", String.format("%.1f", attempts / wall));
        result.put("latency_201_ms", percentiles(tally.createdNanos));
        result.put("latency_all_ms", percentiles(tally.allNanos));
        result.put("slots_left", Integer.toString(builders.stream().mapToInt(b -> b.free.size()).sum()));
        result.put("hottest_builder_share", String.format("%.2f", hottestShare(builders, ok)));
        StringBuilder text = new StringBuilder();
        result.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        System.out.print(text);
        String file = options.get("result-file");
        if (file != null) {
            Files.writeString(Path.of(file), text);
        }
    }

    private static double hottestShare(List<Builder> builders, long ok) {
        if (ok == 0) {
            return 0;
        }
        return builders.stream().mapToInt(b -> b.booked.get()).max().orElse(0) / (double) ok;
    }

    private static String percentiles(ConcurrentLinkedQueue<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "n/a";
        }
        return String.format("p50 %.1f, p95 %.1f, p99 %.1f, max %.1f", ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    // ---- set-up (not measured) ---------------------------------------------------------------------------------

    private List<Builder> builders(String namePrefix, int expected) throws Exception {
        List<Builder> found = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            JsonArray page = json(get("api/builders?q=" + URLEncoder.encode(namePrefix, StandardCharsets.UTF_8)
                    + "&limit=100&offset=" + offset)).asJsonArray();
            for (JsonObject builder : page.getValuesAs(JsonObject.class)) {
                if (!builder.getString("name").startsWith(namePrefix)) {
                    continue;
                }
                builder.getJsonArray("sessionTypes").getValuesAs(JsonObject.class).stream()
                        .filter(type -> type.getString("name").equals("Bench call"))
                        .findFirst()
                        .ifPresent(type -> found.add(new Builder(builder.getJsonNumber("id").longValue(),
                                type.getJsonNumber("id").longValue())));
            }
            if (page.size() < 100) {
                break;
            }
        }
        if (found.size() != expected) {
            throw new IllegalStateException("Expected " + expected + " builders named " + namePrefix + "..., found "
                    + found.size()
                    + ": was bench/seed-builders.sql applied?");
        }
        found.sort((a, b) -> Long.compare(a.id, b.id));
        return found;
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Client registerAndSignIn(int i) throws Exception {
        String email = "load-" + run + "-" + i + "@example.com";
        HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(baseUrl + "api/accounts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("email", email).add("displayName", "Load client " + i)
                        .add("password", PASSWORD).add("timezone", "Asia/Kolkata").build().toString())));
        expect(registered, 201);
        HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(baseUrl + "api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))));
        expect(me, 200);
        String cookie = me.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0].strip())
                .filter(pair -> pair.startsWith("JSESSIONID="))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("No session cookie from GET /api/me: " + me.headers()));
        JsonValue token = json(me).asJsonObject().get("csrfToken");
        if (!(token instanceof jakarta.json.JsonString csrf)) {
            throw new IllegalStateException("No csrfToken from GET /api/me: " + me.body());
        }
        return new Client(email, cookie, csrf.getString());
    }

    private Void loadFreeSlots(Builder builder) throws Exception {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        int days = option("days", 30);
        JsonArray slots = json(get("api/builders/" + builder.id + "/slots?sessionType=" + builder.sessionTypeId
                + "&from=" + tomorrow + "&to=" + tomorrow.plusDays(days - 1L) + "&tz=UTC")).asJsonArray();
        for (JsonObject slot : slots.getValuesAs(JsonObject.class)) {
            builder.free.add(Instant.parse(slot.getString("start")));
        }
        return null;
    }

    private void awaitGo() throws Exception {
        String ready = options.get("ready-file");
        String go = options.get("go-file");
        if (ready != null) {
            Files.writeString(Path.of(ready), "ready\n");
        }
        if (go == null) {
            return;
        }
        say("waiting for %s", go);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(Path.of(go))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No go signal (" + go + ") within 120 s");
            }
            Thread.sleep(20);
        }
        say("go");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonValue json(HttpResponse<String> response) {
        expect(response, 200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    private interface Task<T> {
        T call(int index) throws Exception;
    }

    private static <T> List<T> parallel(ExecutorService pool, int count, Task<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> task.call(index)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.printf("[load] " + format + "%n", args);
    }

    /** What one run of the workers got back from the server. */
    private static final class Tally {
        final LongAdder created = new LongAdder();
        final LongAdder taken = new LongAdder();
        final LongAdder limited = new LongAdder();
        final LongAdder otherConflicts = new LongAdder();
        final LongAdder other = new LongAdder();
        final AtomicInteger successes = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> createdNanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> allNanos = new ConcurrentLinkedQueue<>();
        final AtomicLong lastResponse = new AtomicLong();
        long start;
    }

    /** A benchmark builder, its one session type, and the slots the workers still believe free. */
    private static final class Builder {
        final long id;
        final long sessionTypeId;
        final ConcurrentSkipListSet<Instant> free = new ConcurrentSkipListSet<>();
        final AtomicInteger booked = new AtomicInteger();

        Builder(long id, long sessionTypeId) {
            this.id = id;
            this.sessionTypeId = sessionTypeId;
        }

        Instant earliestFree() {
            try {
                return free.first();
            } catch (java.util.NoSuchElementException e) {
                return null;
            }
        }
    }

    /** A signed-in client; used by one worker at a time (handed over through a queue), so plain fields do. */
    private static final class Client {
        final String email;
        final String cookie;
        final String csrfToken;
        int upcoming;
        final Map<Long, Integer> withBuilder = new HashMap<>();

        Client(String email, String cookie, String csrfToken) {
            this.email = email;
            this.cookie = cookie;
            this.csrfToken = csrfToken;
        }
    }

    /** Rank k (0-based) drawn with probability proportional to 1 / (k + 1)^s. */
    private static final class ZipfPicker {
        private final double[] cumulative;

        ZipfPicker(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += 1 / Math.pow(k + 1, s);
                cumulative[k] = sum;
            }
            for (int k = 0; k < n; k++) {
                cumulative[k] /= sum;
            }
        }

        int next(Random random) {
            int index = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
        }
    }
}
