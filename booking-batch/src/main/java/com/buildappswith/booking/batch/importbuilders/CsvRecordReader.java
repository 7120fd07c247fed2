package com.buildappswith.booking.batch.importbuilders;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV: fields may be quoted, and a quoted field may hold commas, doubled quotes and line breaks
 * (a builder's bio has paragraphs).
 */
public final class CsvRecordReader implements Closeable {

    private final BufferedReader input;
    private int line;

    public CsvRecordReader(BufferedReader input) {
        this.input = input;
    }

    public Optional<CsvRecord> next() {
        try {
            String text = input.readLine();
            while (text != null && text.isBlank()) {
                line++;
                text = input.readLine();
            }
            if (text == null) {
                return Optional.empty();
            }
            line++;
            return Optional.of(parse(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvRecord parse(String firstLine) throws IOException {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String text = firstLine;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return new CsvRecord(startLine, fields);
                }
                text = input.readLine();
                if (text == null) {
                    throw new MalformedCsvException(startLine, "a quoted field is never closed");
                }
                line++;
                field.append('\n');
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
