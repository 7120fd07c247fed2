package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.shared.Settings;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The class the container pools for {@code java:app/jdbc/booking}. Servers disagree on how to put environment
 * variables into a datasource definition, so the application reads them itself: the same EAR then switches
 * between PostgreSQL and the embedded H2 by environment alone, on Payara and on WildFly. Its connections replace
 * themselves after the database dropped them ({@link ReconnectingConnection}), which neither server's pool does for
 * an application-defined datasource.
 */
public class ConfiguredDataSource implements DataSource {

    /**
     * How long opening a connection may wait for a database host that does not answer (one that is down but
     * reachable refuses at once): every request waiting on it answers 503 no later. No socket timeout is set on
     * statements, which may rightly wait for a row lock (bounded by the database user's lock_timeout).
     */
    private static final int CONNECT_TIMEOUT_SECONDS = 2;
    /** The whole login, TCP and authentication, as the pool's loginTimeout of the datasource definition says. */
    static final int LOGIN_TIMEOUT_SECONDS = 3;
    private static final String UNREACHABLE = "Cannot connect to ";

    private final DatabaseTarget target;
    private final DataSource delegate;

    public ConfiguredDataSource() {
        this(DatabaseTarget.from(Settings.fromSystem()));
    }

    ConfiguredDataSource(DatabaseTarget target) {
        this.target = target;
        this.delegate = connect(target);
    }

    private static DataSource connect(DatabaseTarget target) {
        return switch (target.kind()) {
            case POSTGRESQL -> {
                PGSimpleDataSource postgres = new PGSimpleDataSource();
                postgres.setURL(target.url());
                postgres.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
                postgres.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
                // EclipseLink's batch of inserts into one table (a transaction's new entities of one class) then
                // reaches PostgreSQL as a few multi-row INSERTs rather than one statement a row.
                postgres.setReWriteBatchedInserts(true);
                target.user().ifPresent(postgres::setUser);
                target.password().ifPresent(postgres::setPassword);
                yield postgres;
            }
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(target.url());
                target.user().ifPresent(h2::setUser);
                target.password().ifPresent(h2::setPassword);
                yield h2;
            }
        };
    }

    @Override
    public Connection getConnection() throws SQLException {
        return ReconnectingConnection.open(this::connectOnce);
    }

    private Connection connectOnce() throws SQLException {
        try {
            return delegate.getConnection();
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    /** Credentials come from the environment; a container passing the definition's (empty) ones is ignored. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /**
     * Whatever the database's reason (refused, still starting up, shutting down, a wrong password), no connection was
     * made: SQLState class 08, "connection exception", so that every caller answers 503.
     */
    private SQLException unreachable(SQLException cause) {
        String state = DatabaseUnavailableException.isConnectionLost(cause.getSQLState())
                ? cause.getSQLState() : "08001";
        return new SQLException(UNREACHABLE + target.describe() + ": " + cause.getMessage(), state,
                cause.getErrorCode(), cause);
    }

    /** What an operator should read about a failure: the connection problem (naming the settings) when there is one. */
    static String reasonFor(Throwable failure) {
        for (Throwable cause : FailureChain.of(failure)) {
            if (cause.getMessage() != null && cause.getMessage().startsWith(UNREACHABLE)) {
                return cause.getMessage();
            }
        }
        return failure.getMessage();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(ConfiguredDataSource.class.getName());
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
