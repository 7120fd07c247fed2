package com.buildappswith.booking.notification.infrastructure;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Objects;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}, written as they are given: values separated by
 * tabs, rows ended by a newline, {@code \N} for NULL, and in a value the backslash, tab, newline and carriage return
 * escaped with a backslash (the characters the format gives a meaning), everything else as it is.
 */
final class CopyRows {

    private static final String NULL = "\\N";

    private final Writer out;
    private boolean rowStarted;

    CopyRows(Writer out) {
        this.out = Objects.requireNonNull(out, "The stream is required.");
    }

    /** A text value, NULL for {@code null}. */
    CopyRows text(String value) throws IOException {
        separate();
        if (value == null) {
            out.write(NULL);
        } else {
            escaped(value);
        }
        return this;
    }

    CopyRows number(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    /** A number, NULL for {@code null}. */
    CopyRows number(Long value) throws IOException {
        return value == null ? text(null) : number(value.longValue());
    }

    /** An instant in ISO 8601 with its Z, which a {@code timestamptz} column reads as UTC; NULL for {@code null}. */
    CopyRows time(Instant value) throws IOException {
        return text(value == null ? null : value.toString());
    }

    /** Ends the row. */
    void end() throws IOException {
        out.write('\n');
        rowStarted = false;
    }

    private void separate() throws IOException {
        if (rowStarted) {
            out.write('\t');
        }
        rowStarted = true;
    }

    private void escaped(String value) throws IOException {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            String escape = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escape != null) {
                out.write(value, from, i - from);
                out.write(escape);
                from = i + 1;
            }
        }
        out.write(value, from, value.length() - from);
    }
}
