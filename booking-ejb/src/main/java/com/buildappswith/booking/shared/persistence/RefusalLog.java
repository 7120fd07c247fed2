package com.buildappswith.booking.shared.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The log's account of requests answered 503 because the database could not be used. During an outage every request
 * fails the same way, so a line per request (let alone a stack trace) would bury the log: the first refusal is
 * logged at once with its reason, then at most one line per interval counts the refusals since and gives the latest
 * reason. Refusals still uncounted are told by the next line, or by {@link #flush()} once the database is usable.
 * <p>
 * Safe for concurrent requests; the clock and where lines go are given, so that tests can move time.
 */
public final class RefusalLog {

    /** The log every request refused for an unavailable database reports to. */
    public static final RefusalLog DATABASE = new RefusalLog(Duration.ofSeconds(10), System::nanoTime,
            Logger.getLogger(RefusalLog.class.getName())::warning);

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Consumer<String> sink;
    /** When the last line was written; meaningful only once {@link #written} is true. */
    private long lastLine;
    private boolean written;
    private long uncounted;
    private long uncountedSince;
    private String latestReason;

    RefusalLog(Duration interval, LongSupplier nanoTime, Consumer<String> sink) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime);
        this.sink = Objects.requireNonNull(sink);
    }

    /** A request was answered 503 for {@code reason} (what an operator can act on; never shown to the person). */
    public void refused(String reason) {
        String line;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            if (uncounted == 0) {
                uncountedSince = now;
            }
            uncounted++;
            latestReason = reason;
            if (written && now - lastLine < intervalNanos) {
                return;
            }
            line = summary(now);
        }
        sink.accept(line);
    }

    /** Tells the refusals not yet counted in a line, if any: called when the database is usable again. */
    public void flush() {
        String line;
        synchronized (this) {
            if (uncounted == 0) {
                return;
            }
            line = summary(nanoTime.getAsLong());
        }
        sink.accept(line);
    }

    private String summary(long now) {
        String line = uncounted == 1
                ? "A request was answered 503, the database being unavailable: " + latestReason
                : uncounted + " requests were answered 503 in the last "
                        + Math.max(1, (TimeUnit.NANOSECONDS.toMillis(now - uncountedSince) + 999) / 1000)
                        + " s, the database being unavailable; the latest reason: " + latestReason;
        uncounted = 0;
        lastLine = now;
        written = true;
        return line;
    }
}
