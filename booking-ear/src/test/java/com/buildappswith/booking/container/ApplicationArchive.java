package com.buildappswith.booking.container;

import org.assertj.core.api.Assertions;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLDatabaseType;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Builds a test archive from the application's own classes and resources, with the libraries the EAR carries in
 * its lib/ (and AssertJ, which the test classes use inside the server), so in-container tests exercise the real
 * persistence unit, migrations and batch job.
 */
final class ApplicationArchive {

    private static final String[] APPLICATION_PACKAGES = {
            "com.buildappswith.booking.shared",
            "com.buildappswith.booking.profile",
            "com.buildappswith.booking.scheduling",
            "com.buildappswith.booking.batch",
    };

    private ApplicationArchive() {
    }

    static WebArchive named(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, APPLICATION_PACKAGES)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/batch-jobs/import-builders.xml")
                .addAsResource("db/migration/V1__profiles_and_session_types.sql")
                .addAsResource("demo/builders.csv")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
                .addAsLibraries(Stream.of(Flyway.class, PostgreSQLDatabaseType.class, org.postgresql.Driver.class,
                                org.h2.Driver.class, PersistenceProvider.class, Assertions.class)
                        .map(ApplicationArchive::jarOf)
                        .toArray(File[]::new));
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type, e);
        }
    }
}
