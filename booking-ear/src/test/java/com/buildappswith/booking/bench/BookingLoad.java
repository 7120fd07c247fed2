package com.buildappswith.booking.bench;

import com.buildappswith.booking.scheduling.model.LimitRefusal;
import com.buildappswith.booking.scheduling.model.SlotRefusal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
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
import java.util.stream.Collectors;

/**
 * What the two booking-write load runs of {@code bench/booking-load.sh} share: the workers, their deliberate
 * contention, the warm-up, the start signal and the figures. A subclass says how one booking is made
 * ({@link BookingLoadRun}: {@code POST /api/bookings} against the deployed EAR; {@link BookingWriteRun}: the
 * booking transaction itself, in this JVM, on PostgreSQL).
 * <p>
 * Contention is deliberate: a worker draws a builder from a Zipf distribution (a few hot builders get most of the
 * attempts) and asks for that builder's <em>earliest</em> slot still believed free, so workers often race for
 * the same slot at the same moment; the loser is told the slot was just taken and both forget the slot. A client is
 * used by one worker at a time and never sent over its limits (10 upcoming, 3 per builder), so a refusal here means
 * a lost race.
 * <p>
 * Before the measured run, other clients book with other builders ({@code --warm-up} bookings in
 * {@code --warm-up-rounds} rounds, "Warm-up Builder"), each round followed by a pause until the JIT compilers are
 * idle, so that they have done their work and the measured run starts from the same slots and limits as without
 * it. Where the run can ({@link #giveBack}), each warm-up booking is cancelled as soon as it is made, so that the
 * warm-up clients' limits do not cap the warm-up. Then the run writes {@code --ready-file} and waits for
 * {@code --go-file} (the script starts pgbench in between), and runs {@code --workers} threads until
 * {@code --target} bookings have succeeded or the slots or the clients' limits run out. Figures go to standard
 * output and {@code --result-file} as {@code key=value} lines, with the CPU time this JVM and its JIT compilers used
 * during the measured run.
 * <p>
 * Common arguments ({@code --name value}): builders and warm-up-builders (expected counts), clients,
 * warm-up-clients, warm-up, warm-up-rounds, workers, target, zipf, days, seed, ready-file, go-file, result-file.
 *
 * @param <C> a client as this run knows it (signed in, or just an account)
 */
abstract class BookingLoad<C extends BookingLoad.Client> {

    static final String BENCH_BUILDERS = "Bench Builder";
    /** Linux's USER_HZ, the unit of /proc's CPU times, 100 on every common platform. */
    private static final long CLOCK_TICKS = 100;
    static final String WARM_UP_BUILDERS = "Warm-up Builder";
    private static final int MAX_UPCOMING = 10;
    private static final int MAX_WITH_BUILDER = 3;
    private static final Set<String> LIMIT_MESSAGES = Arrays.stream(LimitRefusal.values())
            .map(LimitRefusal::message).collect(Collectors.toUnmodifiableSet());

    /** How a booking attempt ended. */
    enum Outcome { CREATED, TAKEN, LIMITED, OTHER_CONFLICT, OTHER }

    /** An outcome, for the unexpected ones what was said, and the booking made, where the run knows it (or 0). */
    record Answer(Outcome outcome, String detail, long bookingId) {
        static final Answer CREATED = new Answer(Outcome.CREATED, "");
        static final Answer TAKEN = new Answer(Outcome.TAKEN, "");

        Answer(Outcome outcome, String detail) {
            this(outcome, detail, 0);
        }

        static Answer created(long bookingId) {
            return new Answer(Outcome.CREATED, "", bookingId);
        }

        /**
         * A refusal, by the sentence the client reads: the slot taken, one of the client's own limits (a session of
         * theirs at that time among them: the workers keep clear of the limits they count, not of their clients'
         * other times), or another conflict or refusal.
         */
        static Answer refused(String message, boolean conflict, String detail) {
            if (message.equals(SlotRefusal.TAKEN.message())) {
                return TAKEN;
            }
            return new Answer(LIMIT_MESSAGES.contains(message) ? Outcome.LIMITED
                    : conflict ? Outcome.OTHER_CONFLICT : Outcome.OTHER, detail);
        }
    }

    private final Map<String, String> options;
    private final AtomicInteger otherShown = new AtomicInteger();

    BookingLoad(Map<String, String> options) {
        this.options = options;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int option(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)));
    }

    /** The builders whose names start with {@code namePrefix}, each with its "Bench call" session type. */
    abstract List<Builder> builders(String namePrefix, int expected) throws Exception;

    /** The {@code index}-th client able to book (called in parallel during set-up). */
    abstract C client(int index) throws Exception;

    /** Fills {@code builder.free} with the builder's free slots over the next {@code days} days. */
    abstract void loadFreeSlots(Builder builder, int days) throws Exception;

    /** One booking attempt; what it costs is what the run measures. */
    abstract Answer book(C client, Builder builder, Instant slot);

    /**
     * Cancels a warm-up booking just made, so that neither its client's limits nor the slot count end the warm-up
     * before the warmed code has run as often as a server's JIT compilers need (tens of thousands of requests for
     * code run once a request); false where the run does not, and its warm-up keeps its bookings.
     */
    boolean giveBack(C client, Answer created) {
        return false;
    }

    final void run() throws Exception {
        int workers = option("workers", 8);
        int target = option("target", 2000);
        int clientCount = option("clients", 280);
        double zipf = Double.parseDouble(option("zipf", "1.0"));
        Random seeds = new Random(Long.parseLong(option("seed", "20261")));

        int warmUpClientCount = option("warm-up-clients", 350);
        List<Builder> builders = builders(BENCH_BUILDERS, option("builders", 50));
        List<Builder> warmUpBuilders = builders(WARM_UP_BUILDERS, option("warm-up-builders", 10));
        say("found %d benchmark builders and %d warm-up builders", builders.size(), warmUpBuilders.size());
        ExecutorService setUp = Executors.newFixedThreadPool(workers);
        try {
            long t0 = System.nanoTime();
            List<C> clients = parallel(setUp, clientCount + warmUpClientCount, this::client);
            List<C> warmUpClients = clients.subList(clientCount, clients.size());
            clients = clients.subList(0, clientCount);
            say("prepared %d clients and %d warm-up clients in %.1f s", clients.size(), warmUpClients.size(),
                    seconds(System.nanoTime() - t0));
            t0 = System.nanoTime();
            List<Builder> all = new ArrayList<>(builders);
            all.addAll(warmUpBuilders);
            int days = option("days", 30);
            parallel(setUp, all.size(), i -> {
                loadFreeSlots(all.get(i), days);
                return null;
            });
            say("read %d free slots of %d builders in %.1f s", all.stream().mapToInt(b -> b.free.size()).sum(),
                    all.size(), seconds(System.nanoTime() - t0));

            int rounds = option("warm-up-rounds", 3);
            int warmUpBookings = option("warm-up", 3000);
            for (int round = 1; round <= rounds; round++) {
                t0 = System.nanoTime();
                Tally warmUp = runWorkers(warmUpBuilders, warmUpClients, workers,
                        warmUpBookings * round / rounds - warmUpBookings * (round - 1) / rounds, zipf, seeds, true);
                say("warm-up round %d: %d bookings (%d conflicts, %d cancelled again) in %.1f s", round,
                        warmUp.created.sum(), warmUp.taken.sum(), warmUp.givenBack.sum(),
                        seconds(System.nanoTime() - t0));
                awaitIdleCompilers();
            }
            awaitGo();
            long cpuBefore = processCpuNanos();
            long compilingBefore = compilingNanos();
            Tally measured = runWorkers(builders, clients, workers, target, zipf, seeds, false);
            measured.cpuNanos = processCpuNanos() - cpuBefore;
            measured.compilingNanos = compilingNanos() - compilingBefore;
            report(builders, clients, workers, target, zipf, measured);
        } finally {
            setUp.shutdownNow();
        }
    }

    private Tally runWorkers(List<Builder> builders, List<C> clients, int workers, int target, double zipf,
                             Random seeds, boolean warmUp) throws Exception {
        Tally tally = new Tally();
        BlockingQueue<C> idle = new LinkedBlockingQueue<>(clients);
        ZipfPicker picker = new ZipfPicker(builders.size(), zipf);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            tally.start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Random random = new Random(seeds.nextLong());
                running.add(pool.submit(() -> work(builders, idle, picker, random, target, tally, warmUp)));
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

    private void work(List<Builder> builders, BlockingQueue<C> idle, ZipfPicker picker, Random random,
                      int target, Tally tally, boolean warmUp) {
        int misses = 0;
        while (tally.successes.get() < target && misses < 10 * builders.size()) {
            Builder builder = builders.get(picker.next(random));
            Instant slot = builder.earliestFree();
            if (slot == null) {
                misses++;
                continue;
            }
            C client = clientFor(builder, idle);
            if (client == null) {
                misses++;
                continue;
            }
            misses = 0;
            try {
                attempt(client, builder, slot, tally, warmUp);
            } finally {
                if (client.upcoming < MAX_UPCOMING) {
                    idle.add(client);
                }
            }
        }
    }

    /** An idle client still under both limits with this builder, or null; the others go back to the queue. */
    private static <C extends Client> C clientFor(Builder builder, BlockingQueue<C> idle) {
        int size = idle.size();
        for (int i = 0; i < size; i++) {
            C client = idle.poll();
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

    private void attempt(C client, Builder builder, Instant slot, Tally tally, boolean warmUp) {
        long sent = System.nanoTime();
        Answer answer = book(client, builder, slot);
        long received = System.nanoTime();
        tally.lastAnswer.accumulateAndGet(received, Math::max);
        tally.allNanos.add(received - sent);
        switch (answer.outcome()) {
            case CREATED -> {
                tally.created.increment();
                tally.successes.incrementAndGet();
                tally.createdNanos.add(received - sent);
                builder.free.remove(slot);
                if (warmUp && giveBack(client, answer)) {
                    tally.givenBack.increment();
                    return;
                }
                client.upcoming++;
                client.withBuilder.merge(builder.id, 1, Integer::sum);
                builder.booked.incrementAndGet();
            }
            case TAKEN -> {
                tally.taken.increment();
                builder.free.remove(slot);
            }
            case LIMITED -> {
                tally.limited.increment();
                showOther("limit: " + answer.detail());
            }
            case OTHER_CONFLICT -> {
                tally.otherConflicts.increment();
                showOther("conflict: " + answer.detail());
            }
            case OTHER -> {
                tally.other.increment();
                showOther(answer.detail());
                builder.free.remove(slot);
            }
        }
    }

    private void showOther(String what) {
        if (otherShown.incrementAndGet() <= 5) {
            say("unexpected answer: %s", what);
        }
    }

    private void report(List<Builder> builders, List<C> clients, int workers, int target, double zipf,
                        Tally tally) throws Exception {
        double wall = seconds(Math.max(tally.lastAnswer.get(), tally.start + 1) - tally.start);
        long ok = tally.created.sum();
        long attempts = ok + tally.taken.sum() + tally.limited.sum() + tally.otherConflicts.sum() + tally.other.sum();
        Map<String, String> result = new LinkedHashMap<>();
        result.put("workers", Integer.toString(workers));
        result.put("target", Integer.toString(target));
        result.put("builders", Integer.toString(builders.size()));
        result.put("clients", Integer.toString(clients.size()));
        result.put("zipf", Double.toString(zipf));
        result.put("requests", Long.toString(attempts));
        result.put("created", Long.toString(ok));
        result.put("conflict_taken", Long.toString(tally.taken.sum()));
        result.put("conflict_limit", Long.toString(tally.limited.sum()));
        result.put("conflict_other", Long.toString(tally.otherConflicts.sum()));
        result.put("other", Long.toString(tally.other.sum()));
        result.put("wall_seconds", String.format("%.3f", wall));
        result.put("bookings_per_second", String.format("%.1f", ok / wall));
        result.put("requests_per_second", String.format("%.1f", attempts / wall));
        result.put("latency_created_ms", percentiles(tally.createdNanos));
        result.put("latency_all_ms", percentiles(tally.allNanos));
        result.put("slots_left", Integer.toString(builders.stream().mapToInt(b -> b.free.size()).sum()));
        result.put("hottest_builder_share", String.format("%.2f", hottestShare(builders, ok)));
        result.put("cpu_seconds", String.format("%.1f", seconds(tally.cpuNanos)));
        result.put("jit_seconds", String.format("%.1f", seconds(tally.compilingNanos)));
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

    interface Task<T> {
        T call(int index) throws Exception;
    }

    static <T> List<T> parallel(ExecutorService pool, int count, Task<T> task) throws Exception {
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

    /**
     * Waits, at most a minute, until the JIT compilers have had nothing to do for a second. On two CPUs the C2
     * compiler falls behind while the warm-up keeps both busy, and the longer its queue, the hotter a method must be
     * before it is queued at all; so the warm-up runs in rounds with a pause after each, or the compilers would do
     * much of their work during the measured run, taking CPU from it and from pgbench alike.
     */
    private static void awaitIdleCompilers() throws InterruptedException {
        long start = System.nanoTime();
        long compiling = compilingNanos();
        long idleSince = start;
        while (System.nanoTime() - idleSince < TimeUnit.SECONDS.toNanos(1)
                && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(1)) {
            Thread.sleep(100);
            long now = compilingNanos();
            if (now != compiling) {
                compiling = now;
                idleSince = System.nanoTime();
            }
        }
        say("JIT compilers idle after %.1f s", seconds(System.nanoTime() - start));
    }

    /**
     * CPU time the JIT compiler threads of this JVM have used so far, from Linux's per-thread accounting (0 where
     * there is none); the JVM's own compilation time counts the time they waited for a CPU too.
     */
    private static long compilingNanos() {
        try (var threads = Files.list(Path.of("/proc/self/task"))) {
            return threads.mapToLong(BookingLoad::compilerTicks).sum() * TimeUnit.SECONDS.toNanos(1) / CLOCK_TICKS;
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long compilerTicks(Path thread) {
        try {
            if (!Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                return 0;
            }
            // utime and stime are the 14th and 15th fields, counted after the command name in parentheses.
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }

    /** CPU time this JVM has used so far, all threads: the load client's own share of the two CPUs. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void say(String format, Object... args) {
        System.out.printf("[load] " + format + "%n", args);
    }

    /** What one run of the workers got back. */
    private static final class Tally {
        final LongAdder created = new LongAdder();
        final LongAdder taken = new LongAdder();
        final LongAdder limited = new LongAdder();
        final LongAdder otherConflicts = new LongAdder();
        final LongAdder other = new LongAdder();
        final LongAdder givenBack = new LongAdder();
        final AtomicInteger successes = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> createdNanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> allNanos = new ConcurrentLinkedQueue<>();
        final AtomicLong lastAnswer = new AtomicLong();
        long start;
        long cpuNanos;
        long compilingNanos;
    }

    /** A benchmark builder, its one session type, and the slots the workers still believe free. */
    static final class Builder {
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
            } catch (NoSuchElementException e) {
                return null;
            }
        }
    }

    /** A client; used by one worker at a time (handed over through a queue), so plain fields do. */
    static class Client {
        final String email;
        int upcoming;
        final Map<Long, Integer> withBuilder = new HashMap<>();

        Client(String email) {
            this.email = email;
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
