package com.buildappswith.booking.notification.infrastructure;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * COPY's text format as the rows are written; that PostgreSQL reads them back as given is
 * {@link JpaNoticeRepositoryTest}'s.
 */
class CopyRowsTest {

    private final ByteArrayOutputStream copied = new ByteArrayOutputStream();
    private final List<Integer> blocks = new ArrayList<>();
    private final CopyRows rows = new CopyRows(bytes -> {
        blocks.add(bytes.length);
        copied.writeBytes(bytes);
    });

    private String copied() throws SQLException {
        rows.flush();
        return copied.toString(StandardCharsets.UTF_8);
    }

    @Test
    void valuesAreSeparatedByTabsRowsByNewlinesAndNullIsBackslashN() throws SQLException {
        Instant time = Instant.parse("2026-12-01T08:00:00.123456Z");

        rows.number(7).text("plain").number((Long) null).time(time).time(null).time(time).end();
        rows.text("").text(null).time(time.plusSeconds(1)).end();

        assertThat(copied()).isEqualTo("7\tplain\t\\N\t2026-12-01T08:00:00.123456Z\t\\N\t2026-12-01T08:00:00.123456Z\n"
                + "\t\\N\t2026-12-01T08:00:01.123456Z\n");
    }

    @Test
    void theCharactersTheFormatGivesAMeaningAreEscapedAndNothingElse() throws SQLException {
        rows.text("a\\b\tc\nd\re \\N é 😀 \"q\" {x}").text("\\").end();

        assertThat(copied()).isEqualTo("a\\\\b\\tc\\nd\\re \\\\N é 😀 \"q\" {x}\t\\\\\n");
    }

    @Test
    void rowsAreHandedOnInBlocksOfWholeRowsAndNothingIsLost() throws SQLException {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            String body = "row " + i + " é\n".repeat(i % 20);
            rows.number(i).text(body).end();
            expected.append(i).append('\t').append(body.replace("\n", "\\n")).append('\n');
        }
        int beforeTheLast = blocks.size();

        assertThat(copied()).isEqualTo(expected.toString());
        assertThat(beforeTheLast).as("blocks before the last one").isGreaterThan(1);
        assertThat(blocks.subList(0, beforeTheLast)).allMatch(length -> length >= 32 * 1024);
    }
}
