package com.buildappswith.booking.shared.persistence;

import com.buildappswith.booking.shared.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The versions of what anonymous visitors read, as PostgreSQL keeps them (migrations V10_1 and V10_2): the database
 * raises them in the transaction of every change to a builder's profile, account, tags, session types, hours or
 * bookings, so an answer remembered under a version is the one the data gives as long as the version read before using
 * it is the same. One indexed read on a pooled connection, outside any transaction, per request: the price of "every
 * node sees a change at its next request".
 *
 * <p>Empty when no version can be known, and then nothing may be remembered or served from memory: on the embedded H2
 * database, which has no such counters (a single developer's node), or while the database does not answer (the
 * page or API then says what is wrong itself).
 */
@ApplicationScoped
public class PublicAnswerVersions {

    private static final Logger LOG = Logger.getLogger(PublicAnswerVersions.class.getName());
    /** The version row of the directory as a whole; other rows are builders'. */
    private static final long DIRECTORY = 0;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    private final boolean kept = DatabaseTarget.from(Settings.fromSystem()).kind() == DatabaseTarget.Kind.POSTGRESQL;

    /** The version of the directory's pages: any builder's profile, account or tags. */
    public OptionalLong directory() {
        return read("pages", DIRECTORY);
    }

    /** The version of a builder's page: their profile, account, tags and session types. */
    public OptionalLong builderPage(long builderId) {
        return read("pages", builderId);
    }

    /** The version of a builder's free slots: their profile, account, session types, hours and bookings. */
    public OptionalLong slots(long builderId) {
        return read("slots", builderId);
    }

    private OptionalLong read(String column, long row) {
        if (!kept) {
            return OptionalLong.empty();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + column + " FROM public_answer_version WHERE builder_id = ?")) {
            statement.setLong(1, row);
            try (ResultSet result = statement.executeQuery()) {
                return OptionalLong.of(result.next() ? result.getLong(1) : 0);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "No version of public answers", e);
            return OptionalLong.empty();
        }
    }
}
