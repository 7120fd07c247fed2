package com.buildappswith.booking.notification.infrastructure;

import java.sql.SQLException;
import java.time.Instant;

/** Rows given a value at a time, in the order of their table's columns, for a bulk write of notices. */
interface Rows {

    /** A text value, NULL for {@code null}. */
    Rows text(String value) throws SQLException;

    Rows number(long value) throws SQLException;

    /** A number, NULL for {@code null}. */
    Rows number(Long value) throws SQLException;

    /** An instant for a {@code timestamptz} column; NULL for {@code null}. */
    Rows time(Instant value) throws SQLException;

    /** Ends the row. */
    void end() throws SQLException;
}
