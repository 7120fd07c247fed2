package com.buildappswith.booking.container;

import com.buildappswith.booking.batch.importbuilders.DemoData;
import com.buildappswith.booking.shared.persistence.DatabaseMigration;
import org.apache.commons.codec.binary.Base64;
import net.fortuna.ical4j.model.Calendar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.IOUtils;
import org.apache.commons.lang3.StringUtils;
import org.assertj.core.api.Assertions;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLDatabaseType;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.slf4j.LoggerFactory;
import org.slf4j.jul.JULServiceProvider;
import org.threeten.extra.Interval;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Builds a test archive from the application's own modules (booking-ejb and booking-batch, whole: classes,
 * persistence unit, every migration, job XML and demo file) and the libraries the EAR carries in its lib/, plus
 * AssertJ for the test classes, so in-container tests exercise exactly what ships.
 */
final class ApplicationArchive {

    private ApplicationArchive() {
    }

    static WebArchive named(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(module(DatabaseMigration.class, "booking-ejb.jar"),
                        module(DemoData.class, "booking-batch.jar"))
                .addAsLibraries(Stream.of(Flyway.class, PostgreSQLDatabaseType.class, org.postgresql.Driver.class,
                                org.h2.Driver.class, PersistenceProvider.class, CSVFormat.class, IOUtils.class,
                                Base64.class, Calendar.class, StringUtils.class, Interval.class, LoggerFactory.class,
                                JULServiceProvider.class, Assertions.class)
                        .map(ApplicationArchive::locationOf)
                        .toArray(File[]::new))
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml");
    }

    /** A module as built: its jar, or its classes directory when the build has not packaged it. */
    private static JavaArchive module(Class<?> member, String name) {
        File location = locationOf(member);
        if (location.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(location).as(JavaArchive.class);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    }

    private static File locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + type, e);
        }
    }
}
