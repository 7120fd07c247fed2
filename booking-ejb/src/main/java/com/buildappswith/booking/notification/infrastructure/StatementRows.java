package com.buildappswith.booking.notification.infrastructure;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** Rows bound one value after another to the parameters of a statement that inserts them. */
final class StatementRows implements Rows {

    private final PreparedStatement statement;
    private int parameter;

    StatementRows(PreparedStatement statement) {
        this.statement = Objects.requireNonNull(statement, "The statement is required.");
    }

    @Override
    public StatementRows text(String value) throws SQLException {
        if (value == null) {
            statement.setNull(++parameter, Types.VARCHAR);
        } else {
            statement.setString(++parameter, value);
        }
        return this;
    }

    @Override
    public StatementRows number(long value) throws SQLException {
        statement.setLong(++parameter, value);
        return this;
    }

    @Override
    public StatementRows number(Long value) throws SQLException {
        if (value == null) {
            statement.setNull(++parameter, Types.BIGINT);
        } else {
            statement.setLong(++parameter, value);
        }
        return this;
    }

    @Override
    public StatementRows time(Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(++parameter, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(++parameter, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
        return this;
    }

    @Override
    public void end() {
        // The next row's values follow on in the statement's parameters.
    }
}
