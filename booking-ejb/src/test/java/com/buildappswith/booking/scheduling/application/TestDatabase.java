package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.persistence.BookingPersistenceUnit;
import com.buildappswith.booking.shared.persistence.DatabaseTarget;
import com.buildappswith.booking.shared.persistence.SchemaMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh database for one test class (registered as its static extension), migrated by the application's own
 * migrations, with the application's persistence unit open on it, and dropped afterwards: on the PostgreSQL server
 * that BOOKING_DB_URL names (as CI sets it), beside the database the deployed application uses, or else in memory
 * in H2, the embedded default.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

    private DatabaseTarget.Kind kind;
    private String url;
    private String user;
    private String password;
    private String adminUrl;
    private String name;
    private EntityManagerFactory factory;
    private final List<EntityManagerFactory> otherNodes = new ArrayList<>();
    private int nodes = 1;
    private Function<DatabaseTarget.Kind, String> olderVersion;
    private int connections = 2;

    @Override
    public void beforeAll(ExtensionContext context) {
        DatabaseTarget configured = DatabaseTarget.from(Settings.fromSystem());
        name = "booking_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (configured.configured() && configured.kind() == DatabaseTarget.Kind.POSTGRESQL) {
            Matcher configuredUrl = DATABASE_IN_URL.matcher(configured.url());
            if (!configuredUrl.matches()) {
                throw new IllegalStateException("Cannot tell the database in BOOKING_DB_URL " + configured.describe());
            }
            kind = DatabaseTarget.Kind.POSTGRESQL;
            url = configuredUrl.group(1) + name + configuredUrl.group(3);
            user = configured.user().orElse("");
            password = configured.password().orElse("");
            adminUrl = configuredUrl.group(1) + "postgres" + configuredUrl.group(3);
            execute(adminUrl, "CREATE DATABASE " + name);
        } else {
            kind = DatabaseTarget.Kind.H2;
            url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + DatabaseTarget.EMBEDDED_LOCK_TIMEOUT;
            user = "sa";
            password = "";
        }
        if (olderVersion == null) {
            SchemaMigrations.apply(url, user, password, kind);
        } else {
            Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(url, user, password)
                    .locations(SchemaMigrations.locations(kind)).target(olderVersion.apply(kind)).load().migrate();
        }
        factory = BookingPersistenceUnit.outsideServer(url, user, password, connections);
        for (int node = 1; node < nodes; node++) {
            otherNodes.add(BookingPersistenceUnit.outsideServer(url, user, password, connections));
        }
    }

    /**
     * A database whose schema stops at an older version, {@code version} of the kind of database, to hold data as it
     * was before a migration that {@link #migrateToLatest()} then applies.
     */
    public static TestDatabase upToVersion(Function<DatabaseTarget.Kind, String> version) {
        TestDatabase database = new TestDatabase();
        database.olderVersion = version;
        return database;
    }

    /** A database that {@code connections} transactions can use at the same moment, for tests of races. */
    public static TestDatabase withConnections(int connections) {
        TestDatabase database = new TestDatabase();
        database.connections = connections;
        return database;
    }

    /**
     * A database that {@code nodes} application nodes use, each with a persistence unit and a pool of
     * {@code connections} of its own, as separate servers would: for tests of state the nodes share.
     */
    public static TestDatabase withNodes(int nodes, int connections) {
        TestDatabase database = withConnections(connections);
        database.nodes = nodes;
        return database;
    }

    /** Applies the migrations not applied yet, as a server starting a newer version of the application would. */
    public int migrateToLatest() {
        return SchemaMigrations.apply(url, user, password, kind);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        factory.close();
        otherNodes.forEach(EntityManagerFactory::close);
        if (kind == DatabaseTarget.Kind.POSTGRESQL) {
            execute(adminUrl, "DROP DATABASE " + name + " WITH (FORCE)");
        } else {
            execute(url, "SHUTDOWN");
        }
    }

    /** Whether the database itself enforces what only PostgreSQL can (the exclusion constraints). */
    public boolean isPostgreSql() {
        return kind == DatabaseTarget.Kind.POSTGRESQL;
    }

    /** Runs {@code work} in a transaction of its own, committed unless it throws, as a server would. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return onNode(0, work);
    }

    /** Runs {@code work} in a transaction of its own on node {@code node} (from 0) of {@link #withNodes}. */
    public <T> T onNode(int node, Function<EntityManager, T> work) {
        EntityManager entityManager = (node == 0 ? factory : otherNodes.get(node - 1)).createEntityManager();
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(entityManager);
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    /** A connection of its own to this database, outside the persistence unit, for code that uses plain JDBC. */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private void execute(String connectionUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(connectionUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + connectionUrl + ": " + e.getMessage(), e);
        }
    }
}
