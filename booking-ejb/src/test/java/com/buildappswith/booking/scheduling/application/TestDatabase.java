package com.buildappswith.booking.scheduling.application;

import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.persistence.BookingPersistenceUnit;
import com.buildappswith.booking.shared.persistence.DatabaseMigration;
import com.buildappswith.booking.shared.persistence.DatabaseTarget;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh database for one test class, migrated by the application's own migrations and dropped afterwards: on
 * the PostgreSQL server that BOOKING_DB_URL names (as CI sets it), beside the database the deployed application
 * uses, or else in memory in H2, the embedded default.
 */
public final class TestDatabase {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

    private final DatabaseTarget.Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final String adminUrl;
    private final String name;

    private TestDatabase(DatabaseTarget.Kind kind, String url, String user, String password, String adminUrl,
                         String name) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.adminUrl = adminUrl;
        this.name = name;
    }

    public static TestDatabase create() {
        DatabaseTarget configured = DatabaseTarget.from(Settings.fromSystem());
        String name = "booking_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (configured.configured() && configured.kind() == DatabaseTarget.Kind.POSTGRESQL) {
            Matcher url = DATABASE_IN_URL.matcher(configured.url());
            if (!url.matches()) {
                throw new IllegalStateException("Cannot tell the database in BOOKING_DB_URL " + configured.describe());
            }
            TestDatabase database = new TestDatabase(DatabaseTarget.Kind.POSTGRESQL,
                    url.group(1) + name + url.group(3), configured.user().orElse(""),
                    configured.password().orElse(""), url.group(1) + "postgres" + url.group(3), name);
            database.administer("CREATE DATABASE " + name);
            return database;
        }
        return new TestDatabase(DatabaseTarget.Kind.H2, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "",
                null, name);
    }

    public EntityManagerFactory persistenceUnit() {
        DatabaseMigration.migrate(url, user, password, kind);
        return BookingPersistenceUnit.outsideServer(url, user, password, 2);
    }

    public void drop() {
        if (kind == DatabaseTarget.Kind.POSTGRESQL) {
            administer("DROP DATABASE " + name + " WITH (FORCE)");
        } else {
            execute(url, "SHUTDOWN");
        }
    }

    /** Runs {@code work} in a transaction of its own, committed unless it throws, as a server would. */
    public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
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

    private void administer(String sql) {
        execute(adminUrl, sql);
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
