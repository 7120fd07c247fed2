package com.buildappswith.booking.batch.importbuilders;

import java.io.Serializable;
import java.util.List;

/** The fields of one CSV record and the line it starts on, so problems can be reported where they are. */
public record CsvRecord(int lineNumber, List<String> fields) implements Serializable {

    public CsvRecord {
        fields = List.copyOf(fields);
    }
}
