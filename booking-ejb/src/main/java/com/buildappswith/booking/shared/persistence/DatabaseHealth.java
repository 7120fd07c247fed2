package com.buildappswith.booking.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Answers "can the application use its database right now?" by asking the database, not a cached flag. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseHealth {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private DatabaseMigration migration;

    public DatabaseStatus check() {
        DatabaseStatus schema = migration.status();
        if (!schema.usable()) {
            return schema;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
                    ? DatabaseStatus.up()
                    : DatabaseStatus.down("the database did not answer within " + VALIDATION_TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            return DatabaseStatus.down(e.getMessage());
        }
    }
}
