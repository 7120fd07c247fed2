package com.buildappswith.booking.notification.infrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}, handed on in UTF-8 some 32 KB at a time as
 * they are given: values separated by tabs, rows ended by a newline, {@code \N} for NULL, and in a value the
 * backslash, tab, newline and carriage return escaped with a backslash (the characters the format gives a meaning),
 * everything else as it is. The rows gather in one buffer, encoded once a block: a writer's encoder, called for each
 * value, took most of the job's time spent copying.
 */
final class CopyRows implements Rows {

    /** Where the encoded rows go: COPY's stream. */
    interface Sink {
        void write(byte[] bytes) throws SQLException;
    }

    private static final int BLOCK = 32 * 1024;
    private static final String NULL = "\\N";

    private final Sink sink;
    private final StringBuilder buffer = new StringBuilder(2 * BLOCK);
    private boolean rowStarted;
    private Instant lastTime;
    private String lastTimeText;

    CopyRows(Sink sink) {
        this.sink = Objects.requireNonNull(sink, "The sink is required.");
    }

    @Override
    public CopyRows text(String value) {
        separate();
        if (value == null) {
            buffer.append(NULL);
        } else {
            escaped(value);
        }
        return this;
    }

    @Override
    public CopyRows number(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    @Override
    public CopyRows number(Long value) {
        return value == null ? text(null) : number(value.longValue());
    }

    /**
     * An instant in ISO 8601 with its Z, which a {@code timestamptz} column reads as UTC; NULL for {@code null}. The
     * rows of one change or chunk mostly share their times, so the text of the last one is kept.
     */
    @Override
    public CopyRows time(Instant value) {
        if (value == null) {
            return text(null);
        }
        if (!value.equals(lastTime)) {
            lastTime = value;
            lastTimeText = value.toString();
        }
        separate();
        buffer.append(lastTimeText);
        return this;
    }

    /** Ends the row, and hands on a block of rows once there is one. */
    @Override
    public void end() throws SQLException {
        buffer.append('\n');
        rowStarted = false;
        if (buffer.length() >= BLOCK) {
            flush();
        }
    }

    /** Hands on the rows not yet handed on. */
    void flush() throws SQLException {
        if (!buffer.isEmpty()) {
            sink.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
    }

    private void separate() {
        if (rowStarted) {
            buffer.append('\t');
        }
        rowStarted = true;
    }

    private void escaped(String value) {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char escape = switch (value.charAt(i)) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> 0;
            };
            if (escape != 0) {
                buffer.append(value, from, i).append('\\').append(escape);
                from = i + 1;
            }
        }
        buffer.append(value, from, value.length());
    }
}
