package com.buildappswith.booking.shared.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The connection {@link ConfiguredDataSource} gives the server's pool: it replaces the driver's connection underneath
 * when the database has dropped it (a restart, a terminated backend, a network cut), at the start of the next
 * transaction, so the pool never hands out a dead connection for good.
 * <p>
 * Neither server lets an application-defined datasource validate its connections (Payara ignores the validation
 * properties of {@code @DataSourceDefinition}, payara/Payara#7767, and WildFly takes none from it), and both keep a
 * connection whose database went away until the server restarts. Doing it here keeps the EAR the same on both.
 * <p>
 * When: a transaction starts at the first call after {@code commit}, {@code rollback} or {@code setAutoCommit} (or
 * at any call in auto-commit mode). Payara begins with {@code setAutoCommit(false)}; WildFly skips that while the
 * connection is still out of auto-commit mode, so the first statement of the next transaction counts too. Then the
 * connection is replaced if the driver has closed it (PostgreSQL's driver closes a connection after an I/O error,
 * and asking costs nothing) or if it was idle for more than a second and does not answer {@code isValid} (HikariCP
 * validates on borrow the same way). Inside a transaction it is never replaced: the statement fails, the server rolls
 * the transaction back, and nothing of it is written. A {@code rollback} of a connection the driver already closed
 * succeeds, as the database already rolled it back.
 * <p>
 * A begin that finds the database gone and cannot open a new connection does not fail: the transaction's first
 * statement fails instead, with that reason, and nothing is written (a driver's begin does not reach the database
 * either: PostgreSQL's only notes the mode). A failed begin is the server's own failure, which Payara logs with stack
 * traces (RAR5031, then RAR5029 as it gives the connection up; every request after that asks its pool for a new
 * connection, and the pool logs each failure); a failed statement reaches the application, which answers 503 and
 * counts it in {@link RefusalLog}.
 * <p>
 * Used by one thread at a time, as a pool hands out its connections.
 */
final class ReconnectingConnection implements InvocationHandler {

    /** Opens a connection to the configured database, failing with SQLState class 08 when it cannot. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(ReconnectingConnection.class.getName());
    /** A connection used this recently is trusted without a round trip; HikariCP's default is half a second. */
    private static final long TRUSTED_FOR_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final Opener opener;
    private Connection physical;
    private boolean autoCommit;
    private boolean readOnly;
    private Integer isolation;
    /** Work has begun since the last commit or rollback: the connection must not change now. */
    private boolean inTransaction;
    private boolean closed;
    /** When the database last answered on this connection, as far as a transaction's start or end tells. */
    private long lastUsed = System.nanoTime();
    /** Why this transaction's begin found no connection: its statements fail with it until it ends. */
    private SQLException failedBegin;
    /** A statement of this transaction failed for {@link #failedBegin}: it cannot commit. */
    private boolean workRefused;

    private ReconnectingConnection(Opener opener, Connection physical) throws SQLException {
        this.opener = opener;
        this.physical = physical;
        this.autoCommit = physical.getAutoCommit();
        this.readOnly = physical.isReadOnly();
    }

    static Connection open(Opener opener) throws SQLException {
        ReconnectingConnection handler = new ReconnectingConnection(opener, opener.open());
        return (Connection) Proxy.newProxyInstance(ReconnectingConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        switch (method.getName()) {
            case "createStatement", "prepareStatement", "prepareCall", "getMetaData", "setSavepoint" -> beforeWork();
            case "setAutoCommit" -> {
                setAutoCommit((Boolean) arguments[0]);
                return null;
            }
            case "getAutoCommit" -> {
                return autoCommit;
            }
            case "commit" -> {
                inTransaction = false;
                lastUsed = System.nanoTime();
                if (failedBegin != null) {
                    SQLException failure = failedBegin;
                    failedBegin = null;
                    if (workRefused) {
                        throw failure;
                    }
                    // No statement was asked for since the begin: there is nothing to commit.
                    return null;
                }
            }
            case "rollback" -> {
                if (arguments == null) {
                    rollback();
                    return null;
                }
            }
            case "setReadOnly" -> {
                if (!physical.isClosed()) {
                    physical.setReadOnly((Boolean) arguments[0]);
                }
                readOnly = (Boolean) arguments[0];
                return null;
            }
            case "setTransactionIsolation" -> {
                if (!physical.isClosed()) {
                    physical.setTransactionIsolation((Integer) arguments[0]);
                }
                isolation = (Integer) arguments[0];
                return null;
            }
            case "isValid" -> {
                return isValid((Integer) arguments[0]);
            }
            case "isClosed" -> {
                return closed;
            }
            case "close", "abort" -> closed = true;
            case "clearWarnings", "getWarnings" -> {
                if (physical.isClosed()) {
                    return null;
                }
            }
            case "setClientInfo" -> {
                // Payara puts back, when a connection returns to its pool, the client info it found when handing it
                // out (and logs RAR7115 with a stack trace if that fails). A connection the driver closed is replaced
                // by one that starts with the driver's defaults, which is what Payara wants back.
                if (physical.isClosed()) {
                    return null;
                }
            }
            case "unwrap" -> {
                Class<?> type = (Class<?>) arguments[0];
                return type.isInstance(proxy) ? proxy : physical.unwrap(type);
            }
            case "isWrapperFor" -> {
                Class<?> type = (Class<?>) arguments[0];
                return type.isInstance(proxy) || physical.isWrapperFor(type);
            }
            case "equals" -> {
                return proxy == arguments[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "ReconnectingConnection[" + physical + "]";
            }
            default -> { }
        }
        try {
            return method.invoke(physical, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** At a transaction's start, a connection the database dropped is replaced; within one, never. */
    private void beforeWork() throws SQLException {
        if (failedBegin != null) {
            // Never a new connection in the middle of this transaction, even if the database is back by now.
            workRefused = true;
            throw failedBegin;
        }
        if (inTransaction) {
            return;
        }
        if (physical.isClosed() || idle() && !physical.isValid(VALIDATION_TIMEOUT_SECONDS)) {
            reconnect();
        } else if (physical.getAutoCommit() != autoCommit) {
            physical.setAutoCommit(autoCommit);
        }
        inTransaction = !autoCommit;
        lastUsed = System.nanoTime();
    }

    private boolean idle() {
        return System.nanoTime() - lastUsed > TRUSTED_FOR_NANOS;
    }

    /**
     * The mode asked for holds from now on, even when this call fails: WildFly counts a transaction as begun once it
     * asked, and begins the next one without asking again, so its statements must not run in auto-commit mode on a
     * connection made after a failed begin. The next transaction's start puts the driver's connection in that mode.
     */
    private void setAutoCommit(boolean on) throws SQLException {
        if (on == autoCommit) {
            return;
        }
        autoCommit = on;
        failedBegin = null;
        if (on) {
            // Ending a transaction: with the connection already closed by the driver there is nothing left to end,
            // unless work was done since the last commit or rollback, which must not pass for committed.
            if (!physical.isClosed() || inTransaction) {
                physical.setAutoCommit(true);
            }
            inTransaction = false;
        } else {
            begin();
        }
    }

    private void begin() throws SQLException {
        try {
            beforeWork();
        } catch (SQLException e) {
            if (!DatabaseUnavailableException.isConnectionLost(e.getSQLState())) {
                throw e;
            }
            failedBegin = e;
            workRefused = false;
        }
    }

    /** The database rolls back the transaction of a connection it lost, so that rollback has nothing left to do. */
    private void rollback() throws SQLException {
        inTransaction = false;
        failedBegin = null;
        lastUsed = System.nanoTime();
        try {
            physical.rollback();
        } catch (SQLException e) {
            if (!physical.isClosed()) {
                throw e;
            }
        }
    }

    /**
     * Answers for the connection as the next transaction would find it: one the database dropped is replaced first,
     * and when no new one can be opened, the reason is thrown, so that health can tell it.
     */
    private boolean isValid(int timeoutSeconds) throws SQLException {
        if (inTransaction) {
            return physical.isValid(timeoutSeconds);
        }
        if (!physical.isClosed() && physical.isValid(timeoutSeconds)) {
            lastUsed = System.nanoTime();
            return true;
        }
        reconnect();
        lastUsed = System.nanoTime();
        return true;
    }

    private void reconnect() throws SQLException {
        Connection fresh = opener.open();
        try {
            if (!autoCommit) {
                fresh.setAutoCommit(false);
            }
            if (readOnly) {
                fresh.setReadOnly(true);
            }
            if (isolation != null) {
                fresh.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            closeQuietly(fresh);
            throw e;
        }
        closeQuietly(physical);
        physical = fresh;
        LOG.info("Replaced a database connection that the database had dropped");
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Already broken: closing is only to free the driver's resources.
        }
    }
}
