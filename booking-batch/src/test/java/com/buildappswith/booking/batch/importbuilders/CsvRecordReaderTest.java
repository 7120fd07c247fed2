package com.buildappswith.booking.batch.importbuilders;

import com.buildappswith.booking.testing.Generator;
import com.buildappswith.booking.testing.PropertyTest;
import com.buildappswith.booking.testing.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRecordReaderTest {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws InvalidBuilderLineException {
        List<CsvRecord> records = readAll("""
                a,"b, with comma","say ""hi""\"
                x,"two
                lines",z
                """);

        assertThat(records).containsExactly(
                new CsvRecord(1, List.of("a", "b, with comma", "say \"hi\"")),
                new CsvRecord(2, List.of("x", "two\nlines", "z")));
    }

    @Test
    void numbersRecordsByTheLineTheyStartOnAndSkipsBlankLines() throws InvalidBuilderLineException {
        List<CsvRecord> records = readAll("first\n\n\"multi\nline\"\n   \nlast\n");

        assertThat(records).extracting(CsvRecord::lineNumber).containsExactly(1, 3, 6);
    }

    @Test
    void readsWindowsLineEndings() throws InvalidBuilderLineException {
        assertThat(readAll("a,b\r\n\r\nc,d\r\n")).containsExactly(
                new CsvRecord(1, List.of("a", "b")),
                new CsvRecord(3, List.of("c", "d")));
    }

    @Test
    void keepsEmptyFields() throws InvalidBuilderLineException {
        assertThat(readAll("a,,c,\n").get(0).fields()).containsExactly("a", "", "c", "");
    }

    @Test
    void keepsTextAfterAClosingQuoteInItsField() throws InvalidBuilderLineException {
        assertThat(readAll("\"quoted\" and not,b\n").get(0).fields()).containsExactly("quoted and not", "b");
    }

    @Test
    void refusesAQuoteThatIsNeverClosedAsAnInvalidLineAndReadsOn() throws InvalidBuilderLineException {
        CsvRecordReader reader = reader("ok\n\"never closed\nstill open\n");
        reader.next();

        assertThatThrownBy(reader::next)
                .isInstanceOf(InvalidBuilderLineException.class)
                .hasMessageStartingWith("line 2: not valid CSV: ")
                .hasMessageContaining("EOF reached before encapsulated token finished");
        assertThat(reader.next()).isEmpty();
        assertThat(reader.recordsRead()).isEqualTo(2);
    }

    @Test
    void aRestartPassesOverTheRecordsAnEarlierRunRead() throws InvalidBuilderLineException {
        CsvRecordReader reader = reader("first\n\nsecond\nthird\n");

        reader.skip(2);

        assertThat(reader.next()).contains(new CsvRecord(4, List.of("third")));
        assertThat(reader.recordsRead()).isEqualTo(3);
    }

    @Test
    void aRestartPassesOverARecordThatIsNotValidCsvWithoutFailing() throws InvalidBuilderLineException {
        CsvRecordReader reader = reader("first\n\"never closed\n");

        reader.skip(5);

        assertThat(reader.next()).isEmpty();
        assertThat(reader.recordsRead()).isEqualTo(2);
    }

    @PropertyTest
    @MethodSource("quotedRecords")
    void readsBackWhateverWasWrittenQuoted(List<String> fields) throws InvalidBuilderLineException {
        Optional<CsvRecord> record = reader(quoted(fields) + "\n").next();

        if (fields.size() == 1 && fields.get(0).isBlank()) {
            assertThat(record).as("one blank field is a blank line").isEmpty();
        } else {
            assertThat(record).map(CsvRecord::fields).contains(fields);
        }
    }

    @PropertyTest
    @MethodSource("files")
    void numbersEveryRecordByTheLineItStartsOn(ImportFile file) throws InvalidBuilderLineException {
        assertThat(readAll(file.text())).containsExactlyElementsOf(file.records());
    }

    static Stream<Arguments> quotedRecords() {
        return SeededCases.cases(20_261_111L, 1000, random -> random.listOf(1, 6, () -> text(random)));
    }

    static Stream<Arguments> files() {
        return SeededCases.cases(20_261_112L, 300, CsvRecordReaderTest::file);
    }

    /** Records with line breaks in their fields, blank lines between them, and each kind of line ending. */
    private static ImportFile file(Generator random) {
        StringBuilder text = new StringBuilder();
        List<CsvRecord> records = new ArrayList<>();
        for (int blanks = random.between(0, 2); blanks > 0; blanks--) {
            text.append(random.oneOf("", " ", "\t ")).append(lineEnding(random));
        }
        int count = random.between(1, 8);
        for (int i = 0; i < count; i++) {
            List<String> fields = random.listOf(2, 4, () -> text(random));
            records.add(new CsvRecord(1 + (int) LINE_BREAK.matcher(text).results().count(), fields));
            text.append(quoted(fields)).append(lineEnding(random));
            for (int blanks = random.between(0, 2); blanks > 0; blanks--) {
                text.append(random.oneOf("", " ", "\t ")).append(lineEnding(random));
            }
        }
        return new ImportFile(text.toString(), records);
    }

    /** Up to 20 characters, leaning towards those that CSV treats specially. */
    private static String text(Generator random) {
        return String.join("", random.listOf(0, 20, () -> random.chance(0.5)
                ? random.oneOf("\"", ",", "\n", "\r", "\r\n", " ", "\t", "a", "Z", "é", "€", "😀")
                : Character.toString(random.between(0x20, 0xD7FF))));
    }

    private static String lineEnding(Generator random) {
        return random.oneOf("\n", "\r\n", "\r");
    }

    private static String quoted(List<String> fields) {
        return fields.stream()
                .map(field -> '"' + field.replace("\"", "\"\"") + '"')
                .collect(Collectors.joining(","));
    }

    private static List<CsvRecord> readAll(String text) throws InvalidBuilderLineException {
        CsvRecordReader reader = reader(text);
        List<CsvRecord> records = new ArrayList<>();
        for (Optional<CsvRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
            records.add(record.get());
        }
        return records;
    }

    private static CsvRecordReader reader(String text) {
        try {
            return new CsvRecordReader(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generated import file and the records it holds. */
    record ImportFile(String text, List<CsvRecord> records) {
    }
}
