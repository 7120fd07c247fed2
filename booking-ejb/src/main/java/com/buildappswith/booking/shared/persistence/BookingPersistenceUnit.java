package com.buildappswith.booking.shared.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.TargetServer;
import org.eclipse.persistence.jpa.PersistenceProvider;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The persistence unit "booking", created by the application instead of the server. A server creates the units it
 * finds while deploying, and Payara logs in to validate them, so with the database down the deployment itself would
 * fail. Here the unit is created only once the schema is current ({@link DatabaseMigrated}); until then, using it
 * raises {@link DatabaseUnavailableException} with the migration's reason. A unit whose login fails is discarded
 * (EclipseLink would keep it broken for good), so the next use tries again with a new one.
 */
@ApplicationScoped
public class BookingPersistenceUnit {

    private static final String NAME = "booking";
    private static final String DESCRIPTOR = "META-INF/booking-persistence.xml";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private DatabaseMigration migration;

    private volatile boolean migrated;
    private volatile EntityManagerFactory factory;

    /**
     * Runs before the other observers of the event (they use the database at once). A login failing here fails the
     * migration round, so that health reports it and the migration retries.
     */
    void onMigrated(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) DatabaseMigrated event) {
        migrated = true;
        factory();
    }

    public EntityManagerFactory factory() {
        EntityManagerFactory current = factory;
        if (current != null) {
            return current;
        }
        if (!migrated) {
            // Asked outside this unit's lock: the migration keeps its own until it has announced the schema, which
            // opens this unit, so a timer asking under this lock meanwhile would wait for it forever, and it for us.
            throw new DatabaseUnavailableException(migration.status().problem().orElse("not migrated yet"));
        }
        return open();
    }

    private synchronized EntityManagerFactory open() {
        if (factory == null) {
            try {
                // eclipselink.deploy-on-startup (in the descriptor) logs in here; a failed factory is closed again.
                factory = new PersistenceProvider().createEntityManagerFactory(NAME, properties());
            } catch (RuntimeException e) {
                throw new DatabaseUnavailableException(ConfiguredDataSource.reasonFor(e), e);
            }
        }
        return factory;
    }

    /**
     * The same unit outside a server, with resource-local transactions and a pool of its own: for the tests and the
     * booking-write benchmark, which run the application's persistence code without a container.
     */
    public static EntityManagerFactory outsideServer(String url, String user, String password, int connections) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.ECLIPSELINK_PERSISTENCE_XML, DESCRIPTOR);
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.JDBC_URL, url);
        properties.put(PersistenceUnitProperties.JDBC_USER, user);
        properties.put(PersistenceUnitProperties.JDBC_PASSWORD, password);
        properties.put(PersistenceUnitProperties.JDBC_CONNECTIONS_INITIAL, Integer.toString(connections));
        properties.put(PersistenceUnitProperties.JDBC_CONNECTIONS_MIN, Integer.toString(connections));
        properties.put(PersistenceUnitProperties.JDBC_CONNECTIONS_MAX, Integer.toString(connections));
        // Reads outside a transaction get connections of their own. Among them is a block of ids drawn for the
        // notices, which EclipseLink reads through the read pool while holding the sequence's lock: sharing the
        // transactions' pool, with every connection in a transaction that waited for that lock, it waited forever
        // (the booking-write benchmark with notices). In a server the datasource's pool serves it.
        properties.put(PersistenceUnitProperties.JDBC_READ_CONNECTIONS_MIN, "1");
        properties.put(PersistenceUnitProperties.JDBC_READ_CONNECTIONS_MAX, Integer.toString(connections));
        return new PersistenceProvider().createEntityManagerFactory(NAME, properties);
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.ECLIPSELINK_PERSISTENCE_XML, DESCRIPTOR);
        properties.put(PersistenceUnitProperties.CLASSLOADER, BookingPersistenceUnit.class.getClassLoader());
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, dataSource);
        targetServer().ifPresent(server -> properties.put(PersistenceUnitProperties.TARGET_SERVER, server));
        return properties;
    }

    /**
     * EclipseLink needs the server's transaction manager, which each server binds under a name of its own; without
     * it every transaction fails with EclipseLink-23003. EclipseLink recognises Payara by itself but not WildFly.
     * On any other server, its own detection or an {@code eclipselink.target-server} system property decides.
     */
    private static Optional<String> targetServer() {
        if (bound("java:jboss/TransactionManager")) {
            return Optional.of(TargetServer.JBoss);
        }
        if (bound("java:appserver/TransactionManager")) {
            return Optional.of(TargetServer.Glassfish);
        }
        return Optional.empty();
    }

    private static boolean bound(String name) {
        try {
            new InitialContext().lookup(name);
            return true;
        } catch (NamingException e) {
            return false;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (factory != null) {
            factory.close();
            factory = null;
        }
    }
}
