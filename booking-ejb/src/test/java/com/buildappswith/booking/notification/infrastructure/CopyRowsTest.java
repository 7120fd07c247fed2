package com.buildappswith.booking.notification.infrastructure;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * COPY's text format as the rows are written; that PostgreSQL reads them back as given is
 * {@link JpaNoticeRepositoryTest}'s.
 */
class CopyRowsTest {

    @Test
    void valuesAreSeparatedByTabsRowsByNewlinesAndNullIsBackslashN() throws IOException {
        StringWriter out = new StringWriter();
        CopyRows rows = new CopyRows(out);

        rows.number(7).text("plain").number((Long) null).time(Instant.parse("2026-12-01T08:00:00.123456Z"))
                .time(null).end();
        rows.text("").text(null).end();

        assertThat(out.toString()).isEqualTo("7\tplain\t\\N\t2026-12-01T08:00:00.123456Z\t\\N\n\t\\N\n");
    }

    @Test
    void theCharactersTheFormatGivesAMeaningAreEscapedAndNothingElse() throws IOException {
        StringWriter out = new StringWriter();

        new CopyRows(out).text("a\\b\tc\nd\re \\N é 😀 \"q\" {x}").text("\\").end();

        assertThat(out.toString()).isEqualTo("a\\\\b\\tc\\nd\\re \\\\N é 😀 \"q\" {x}\t\\\\\n");
    }
}
