package com.buildappswith.booking.batch.importbuilders;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * The import file's records as Apache Commons CSV reads them (RFC 4180: quoted fields may hold commas, doubled
 * quotes and line breaks, since a builder's bio has paragraphs), each with the line it starts on so that problems
 * are reported where the person fixing the file will look. Blank lines are passed over. A record that is not
 * valid CSV, such as one whose quote is never closed, is refused as an invalid line, and reading goes on after it.
 */
public final class CsvRecordReader implements Closeable {

    /**
     * Empty lines stay records, so the parser's line count before each record is the count of lines before it.
     * Text after a closing quote belongs to the field, as it always has in this import.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int recordsRead;

    public CsvRecordReader(Reader input) throws IOException {
        parser = CSVParser.parse(input, FORMAT);
        records = parser.iterator();
    }

    /**
     * The next record, or empty at the end of the file.
     *
     * @throws InvalidBuilderLineException when the next record is not valid CSV; the following call reads on
     */
    public Optional<CsvRecord> next() throws InvalidBuilderLineException {
        while (true) {
            int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return Optional.empty();
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException malformed) {
                    recordsRead++;
                    throw new InvalidBuilderLineException(line, "not valid CSV: " + malformed.getMessage());
                }
                throw e;
            }
            if (!isBlankLine(record)) {
                recordsRead++;
                return Optional.of(new CsvRecord(line, record.toList()));
            }
        }
    }

    /** Passes over the first records, as a restarted job does with those its earlier run has committed. */
    public void skip(int count) {
        while (recordsRead < count) {
            try {
                if (next().isEmpty()) {
                    return;
                }
            } catch (InvalidBuilderLineException reportedByTheEarlierRun) {
                // Counted as read like any other record; the run that first met it has reported it.
            }
        }
    }

    /** How many records (valid CSV or not) have been read: where a restarted job picks up. */
    public int recordsRead() {
        return recordsRead;
    }

    /** A line holding nothing but spaces reads as one blank field; an empty line as one empty field. */
    private static boolean isBlankLine(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
