package com.buildappswith.booking.batch.importbuilders;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRecordReaderTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
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
    void numbersRecordsByTheLineTheyStartOnAndSkipsBlankLines() {
        List<CsvRecord> records = readAll("first\n\n\"multi\nline\"\nlast\n");

        assertThat(records).extracting(CsvRecord::lineNumber).containsExactly(1, 3, 5);
    }

    @Test
    void keepsEmptyFields() {
        assertThat(readAll("a,,c,\n").get(0).fields()).containsExactly("a", "", "c", "");
    }

    @Test
    void refusesAQuoteThatIsNeverClosed() {
        CsvRecordReader reader = reader("ok\n\"never closed\nstill open\n");
        reader.next();

        assertThatThrownBy(reader::next)
                .isInstanceOf(MalformedCsvException.class)
                .hasMessage("line 2: a quoted field is never closed");
    }

    @Property
    void readsBackWhateverWasWrittenQuoted(@ForAll @Size(min = 1, max = 6) List<@Size(max = 20) String> fields) {
        String line = fields.stream()
                .map(field -> '"' + field.replace("\r", "").replace("\"", "\"\"") + '"')
                .collect(Collectors.joining(","));

        Optional<CsvRecord> record = reader(line + "\n").next();

        assertThat(record).map(CsvRecord::fields)
                .contains(fields.stream().map(field -> field.replace("\r", "")).toList());
    }

    private static List<CsvRecord> readAll(String text) {
        CsvRecordReader reader = reader(text);
        List<CsvRecord> records = new ArrayList<>();
        for (Optional<CsvRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
            records.add(record.get());
        }
        return records;
    }

    private static CsvRecordReader reader(String text) {
        return new CsvRecordReader(new BufferedReader(new StringReader(text)));
    }
}
