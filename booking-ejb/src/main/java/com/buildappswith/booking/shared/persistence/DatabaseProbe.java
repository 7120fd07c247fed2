package com.buildappswith.booking.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * One look at whether the database can be used now: a connection from the pool, then its validation. When it cannot,
 * the problem names the check that failed and how long it took, so an operator reads what happened: "did not answer
 * within 3 s" only when the validation really waited that long, and otherwise the refusal or the time it came after.
 */
final class DatabaseProbe {

    /** Where connections come from: the application's datasource. */
    @FunctionalInterface
    interface Connections {
        Connection get() throws SQLException;
    }

    private static final Pattern TIMING = Pattern.compile(" after \\d+ ms");

    private final Connections connections;
    private final int timeoutSeconds;
    private final LongSupplier nanoTime;

    DatabaseProbe(Connections connections, int timeoutSeconds, LongSupplier nanoTime) {
        this.connections = Objects.requireNonNull(connections);
        this.timeoutSeconds = timeoutSeconds;
        this.nanoTime = Objects.requireNonNull(nanoTime);
    }

    DatabaseStatus probe() {
        long start = nanoTime.getAsLong();
        Connection connection;
        try {
            connection = connections.get();
        } catch (SQLException e) {
            return DatabaseStatus.down("no connection (refused" + after(start) + "): " + reason(e));
        }
        long validating = nanoTime.getAsLong();
        try (connection) {
            if (connection.isValid(timeoutSeconds)) {
                return DatabaseStatus.up();
            }
            long took = millisSince(validating);
            return DatabaseStatus.down(took >= TimeUnit.SECONDS.toMillis(timeoutSeconds)
                    ? "the database did not answer a validation within " + timeoutSeconds + " s"
                    : "the connection failed its validation after " + took + " ms (dropped by the database)");
        } catch (SQLException e) {
            return DatabaseStatus.down("the connection's validation failed" + after(validating) + ": " + reason(e));
        }
    }

    /**
     * The problem without the times it took, which differ at every look: the same failure logged once, not once per
     * load balancer's check.
     */
    static String withoutTimings(String problem) {
        return TIMING.matcher(problem).replaceAll("");
    }

    private String after(long start) {
        return " after " + millisSince(start) + " ms";
    }

    private long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - start);
    }

    private static String reason(SQLException e) {
        return Objects.requireNonNullElse(e.getMessage(), e.toString());
    }
}
