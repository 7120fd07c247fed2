package com.buildappswith.booking.container;

import com.buildappswith.booking.shared.persistence.DatabaseMigration;
import org.assertj.core.api.Assertions;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLDatabaseType;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A micro-deployment for Payara Micro (which deploys WARs only): the main classes of the named domains and of
 * {@code shared}, taken by package so that a new class of a domain is deployed without touching the tests; the
 * migrations; beans.xml; a test persistence unit listing only those domains' entities; and the libraries the EAR
 * carries in its lib/ that Micro lacks (Micro ships EclipseLink itself). A class that reaches into a domain left out
 * is not deployed (Payara logs "Class [...] not found" as SEVERE and Weld skips the bean), so a micro-deployment's
 * log also shows where a domain's dependencies point the wrong way.
 */
final class DomainArchive {

    private static final String ROOT_PACKAGE = "com.buildappswith.booking";
    private static final String PERSISTENCE_DESCRIPTOR = "META-INF/booking-persistence.xml";
    private static final Pattern PERSISTENT_CLASS = Pattern.compile("\\R\\s*<class>([\\w.]+)</class>");
    /** Where the build put this module's main classes and resources; its test classes live elsewhere. */
    private static final Path MAIN_OUTPUT = locationOf(DatabaseMigration.class).toPath();

    private DomainArchive() {
    }

    /** The named domains (e.g. "scheduling", "profile") with shared, as {@code name}.war. */
    static WebArchive of(String name, String... domains) {
        List<String> packages = Stream.concat(Stream.of("shared"), Stream.of(domains))
                .map(domain -> ROOT_PACKAGE + "." + domain)
                .toList();
        WebArchive archive = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, DomainArchive::isMainCode, packages.toArray(String[]::new))
                .addAsResource(new StringAsset(persistenceUnitOf(packages)), PERSISTENCE_DESCRIPTOR)
                .addAsWebInfResource(MAIN_OUTPUT.resolve("META-INF/beans.xml").toFile(), "beans.xml")
                .addAsLibraries(Stream.of(Flyway.class, PostgreSQLDatabaseType.class, org.postgresql.Driver.class,
                                org.h2.Driver.class, com.stripe.Stripe.class, com.google.gson.Gson.class,
                                net.fortuna.ical4j.model.Calendar.class, org.slf4j.Logger.class,
                                org.apache.commons.lang3.StringUtils.class, org.apache.commons.codec.binary.Hex.class,
                                org.threeten.extra.Interval.class, Assertions.class)
                        .map(DomainArchive::locationOf)
                        .toArray(File[]::new));
        migrations().forEach(migration -> archive.addAsResource(migration.toFile(),
                MAIN_OUTPUT.relativize(migration).toString()));
        return archive;
    }

    /** Test classes share the packages of the code they test; only what ships belongs in the archive. */
    private static boolean isMainCode(ArchivePath path) {
        return Files.isRegularFile(MAIN_OUTPUT.resolve(path.get().substring(1)));
    }

    /** The application's persistence unit with only the entities and converters of the given packages. */
    private static String persistenceUnitOf(List<String> packages) {
        Matcher entries = PERSISTENT_CLASS.matcher(read(MAIN_OUTPUT.resolve(PERSISTENCE_DESCRIPTOR)));
        return entries.replaceAll(entry -> packages.stream().anyMatch(p -> entry.group(1).startsWith(p + "."))
                ? Matcher.quoteReplacement(entry.group())
                : "");
    }

    /** Every migration, for every database: which ones run is the application's decision, as in the EAR. */
    private static List<Path> migrations() {
        try (Stream<Path> files = Files.walk(MAIN_OUTPUT.resolve("db"))) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + type, e);
        }
    }
}
