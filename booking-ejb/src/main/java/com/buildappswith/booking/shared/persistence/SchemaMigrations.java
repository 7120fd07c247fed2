package com.buildappswith.booking.shared.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;

/**
 * The application's versioned migrations, applied by Flyway: the shared SQL in {@code db/migration} for every
 * database, plus {@code db/postgresql} for what only PostgreSQL can enforce (exclusion constraints). Apart from
 * {@link DatabaseMigration} because an EJB may have no static methods (WildFly warns WFLYEJB0131 at every deploy),
 * and tests and the booking-write benchmark migrate without a server.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** Brings the schema behind {@code dataSource} up to date; returns the number of migrations applied now. */
    public static int apply(DataSource dataSource, DatabaseTarget.Kind kind) {
        return apply(configuration().dataSource(dataSource), kind);
    }

    /** Brings the schema at {@code url} up to date without a server: for tests and the booking-write benchmark. */
    public static int apply(String url, String user, String password, DatabaseTarget.Kind kind) {
        return apply(configuration().dataSource(url, user, password), kind);
    }

    private static FluentConfiguration configuration() {
        return Flyway.configure(SchemaMigrations.class.getClassLoader());
    }

    private static int apply(FluentConfiguration configuration, DatabaseTarget.Kind kind) {
        return configuration.locations(locations(kind)).load().migrate().migrationsExecuted;
    }

    /** Shared SQL for every database, plus what only PostgreSQL can enforce (exclusion constraints). */
    public static String[] locations(DatabaseTarget.Kind kind) {
        return kind == DatabaseTarget.Kind.POSTGRESQL
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
    }
}
